namespace Graph.Cypher.Ast;

/// <summary>
/// EXPLAIN / PROFILE prefix of a query statement.
/// </summary>
public enum ExecutionMode
{
    Normal,
    Explain,
    Profile,
}
