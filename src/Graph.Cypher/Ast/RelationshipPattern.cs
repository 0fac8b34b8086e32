using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// -[variable:T1|T2 *min..max {properties} WHERE predicate]->. <see cref="Types"/> are alternatives (empty: any).
/// <see cref="Length"/> is null for a single hop.
/// </summary>
public sealed record RelationshipPattern(
    SourceSpan Span,
    Variable? Variable,
    IReadOnlyList<string> Types,
    Expression? Properties,
    RangeQuantifier? Length,
    RelationshipDirection Direction,
    Expression? Where) : AstNode(Span);
