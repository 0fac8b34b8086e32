namespace Graph.Core.Values;

/// <summary>
/// An alternating sequence node, relationship, node, ... Relationships keep their stored direction, which
/// may run against the path's traversal order. Invariant: Nodes.Count == Relationships.Count + 1. Immutable.
/// </summary>
public sealed class Path : IEquatable<Path>
{
    public Path(IReadOnlyList<Node> nodes, IReadOnlyList<Relationship> relationships)
    {
        if (nodes.Count != relationships.Count + 1)
        {
            throw new ArgumentException(
                $"A path needs one more node than relationships; got {nodes.Count} nodes and {relationships.Count} relationships.");
        }
        Nodes = nodes;
        Relationships = relationships;
    }

    public IReadOnlyList<Node> Nodes { get; }

    public IReadOnlyList<Relationship> Relationships { get; }

    public Node Start => Nodes[0];

    public Node End => Nodes[^1];

    public int Length => Relationships.Count;

    public bool Equals(Path? other) =>
        other is not null && Nodes.SequenceEqual(other.Nodes) && Relationships.SequenceEqual(other.Relationships);

    public override bool Equals(object? obj) => obj is Path other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var node in Nodes)
        {
            hash.Add(node);
        }
        return hash.ToHashCode();
    }

    public override string ToString() => CypherValue.ToCypherString(this);
}
