namespace Graph.Engine.Semantics;

/// <summary>
/// The static type the analyzer knows for a variable or expression. <see cref="Any"/> means "not known at
/// compile time" and never causes an error; the rest come from patterns and literals.
/// </summary>
internal enum SemanticType
{
    Any,
    Null,
    Node,
    Relationship,
    Path,
    Boolean,
    Integer,
    Float,
    String,
    List,
    Map,
}
