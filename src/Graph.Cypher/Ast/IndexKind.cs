namespace Graph.Cypher.Ast;

/// <summary>
/// Index kinds.
/// </summary>
public enum IndexKind
{
    Range,
    Text,
    Point,
    Fulltext,
    Lookup,
}
