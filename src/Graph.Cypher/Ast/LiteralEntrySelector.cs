using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// key: expression
/// </summary>
public sealed record LiteralEntrySelector(SourceSpan Span, string Key, Expression Value) : MapProjectionItem(Span);
