namespace Graph.Storage.Store;

/// <summary>Which relationships of a node to follow: stored start → end (Outgoing), end ← start, or both.</summary>
public enum Direction
{
    Outgoing = 0,
    Incoming = 1,
    Both = 2,
}
