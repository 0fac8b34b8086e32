namespace Graph.Cypher.Ast;

/// <summary>
/// Binary operators. Chained comparisons (a &lt; b &lt; c) are parsed as And of the pairwise comparisons.
/// </summary>
public enum BinaryOperator
{
    Or,
    Xor,
    And,
    Equal,
    NotEqual,
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,
    RegexMatch,
    StartsWith,
    EndsWith,
    Contains,
    In,
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Power,
}
