namespace Graph.Cypher.Ast;

/// <summary>
/// Prefix operators.
/// </summary>
public enum UnaryOperator
{
    Not,
    Negate,
    Plus,
}
