namespace Graph.Cypher.Ast;

/// <summary>
/// Direction of a relationship pattern as written left to right.
/// </summary>
public enum RelationshipDirection
{
    /// <summary><c>-[]-</c> and <c>&lt;-[]-&gt;</c>.</summary>
    Both,
    /// <summary><c>-[]-&gt;</c>.</summary>
    Outgoing,
    /// <summary><c>&lt;-[]-</c>.</summary>
    Incoming,
}
