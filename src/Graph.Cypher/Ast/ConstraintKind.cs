namespace Graph.Cypher.Ast;

/// <summary>
/// Kinds of property constraint.
/// </summary>
public enum ConstraintKind
{
    Unique,
    NotNull,
    NodeKey,
}
