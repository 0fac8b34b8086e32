using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// One ORDER BY key.
/// </summary>
public sealed record SortItem(SourceSpan Span, Expression Expression, bool Descending) : AstNode(Span);
