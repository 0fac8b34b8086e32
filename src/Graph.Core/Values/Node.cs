namespace Graph.Core.Values;

/// <summary>
/// A node as a result value: a snapshot of its labels and properties when the record was produced.
/// Equality is identity (element id), as in Neo4j. Immutable.
/// </summary>
public sealed class Node : IEquatable<Node>
{
    public Node(long id, string elementId, IReadOnlyList<string> labels, IReadOnlyDictionary<string, object?> properties)
    {
        Id = id;
        ElementId = elementId;
        Labels = labels;
        Properties = properties;
    }

    /// <summary>Legacy numeric id (Cypher id()); prefer <see cref="ElementId"/>.</summary>
    public long Id { get; }

    public string ElementId { get; }

    public IReadOnlyList<string> Labels { get; }

    public IReadOnlyDictionary<string, object?> Properties { get; }

    public bool Equals(Node? other) => other is not null && other.ElementId == ElementId;

    public override bool Equals(object? obj) => obj is Node other && Equals(other);

    public override int GetHashCode() => ElementId.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => CypherValue.ToCypherString(this);
}
