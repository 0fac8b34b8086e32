using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// MERGE pattern-part with ON CREATE SET / ON MATCH SET actions in source order.
/// </summary>
public sealed record MergeClause(SourceSpan Span, PatternPart Pattern, IReadOnlyList<MergeAction> Actions) : Clause(Span);
