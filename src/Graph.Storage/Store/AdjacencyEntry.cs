namespace Graph.Storage.Store;

/// <summary>
/// One relationship seen from a node: the relationship id, the node at its other end and its type.
/// For a self-loop the other node is the node itself. Immutable value.
/// </summary>
public readonly record struct AdjacencyEntry(long RelationshipId, long OtherNodeId, string Type, bool Outgoing);
