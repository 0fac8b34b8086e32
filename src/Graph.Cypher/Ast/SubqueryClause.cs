using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// CALL { subquery } (and Neo4j's CALL (a, b) { } with an explicit import list in <see cref="ImportVariables"/>,
/// null when absent; <see cref="ImportAll"/> is CALL (*) { }).
/// </summary>
public sealed record SubqueryClause(
    SourceSpan Span,
    Query Query,
    bool Optional,
    IReadOnlyList<Variable>? ImportVariables,
    bool ImportAll) : Clause(Span);
