using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// WHEN when THEN then
/// </summary>
public sealed record CaseAlternative(SourceSpan Span, Expression When, Expression Then) : AstNode(Span);
