using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// MATCH / OPTIONAL MATCH with its WHERE.
/// </summary>
public sealed record MatchClause(SourceSpan Span, bool Optional, Pattern Pattern, Expression? Where) : Clause(Span);
