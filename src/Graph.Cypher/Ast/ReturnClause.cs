using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// RETURN projection.
/// </summary>
public sealed record ReturnClause(SourceSpan Span, ProjectionBody Body) : Clause(Span);
