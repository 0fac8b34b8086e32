namespace Graph.Cypher.Ast;

/// <summary>
/// What a SHOW command lists.
/// </summary>
public enum ShowKind
{
    Indexes,
    Constraints,
    Procedures,
    Functions,
}
