using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// FOREACH (variable IN list | updating clauses).
/// </summary>
public sealed record ForeachClause(SourceSpan Span, Variable Variable, Expression List, IReadOnlyList<Clause> Clauses) : Clause(Span);
