using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// CREATE pattern.
/// </summary>
public sealed record CreateClause(SourceSpan Span, Pattern Pattern) : Clause(Span);
