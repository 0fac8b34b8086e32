namespace Graph.Cypher.Ast;

/// <summary>
/// shortestPath / allShortestPaths wrapper of a pattern part.
/// </summary>
public enum PathSelector
{
    None,
    ShortestPath,
    AllShortestPaths,
}
