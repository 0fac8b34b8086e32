using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// WITH projection [WHERE predicate].
/// </summary>
public sealed record WithClause(SourceSpan Span, ProjectionBody Body, Expression? Where) : Clause(Span);
