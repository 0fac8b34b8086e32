using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// CALL procedure [(args)] [YIELD * | YIELD items [WHERE]]. <see cref="Arguments"/> is null for the
/// standalone form without parentheses (arguments then come from parameters of the same names).
/// <see cref="Yield"/> is null when there is no YIELD; <see cref="YieldAll"/> is YIELD *.
/// </summary>
public sealed record CallClause(
    SourceSpan Span,
    string ProcedureName,
    IReadOnlyList<Expression>? Arguments,
    bool YieldAll,
    IReadOnlyList<YieldItem>? Yield,
    Expression? Where,
    bool Optional) : Clause(Span);
