using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// .key
/// </summary>
public sealed record PropertySelector(SourceSpan Span, string Key) : MapProjectionItem(Span);
