using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// .*
/// </summary>
public sealed record AllPropertiesSelector(SourceSpan Span) : MapProjectionItem(Span);
