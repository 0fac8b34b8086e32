namespace Graph.Core.Values;

/// <summary>
/// A relationship as a result value, with its stored direction (start → end). Equality is identity.
/// Immutable.
/// </summary>
public sealed class Relationship : IEquatable<Relationship>
{
    public Relationship(long id, string elementId, long startNodeId, string startNodeElementId, long endNodeId,
        string endNodeElementId, string type, IReadOnlyDictionary<string, object?> properties)
    {
        Id = id;
        ElementId = elementId;
        StartNodeId = startNodeId;
        StartNodeElementId = startNodeElementId;
        EndNodeId = endNodeId;
        EndNodeElementId = endNodeElementId;
        Type = type;
        Properties = properties;
    }

    public long Id { get; }

    public string ElementId { get; }

    public long StartNodeId { get; }

    public string StartNodeElementId { get; }

    public long EndNodeId { get; }

    public string EndNodeElementId { get; }

    public string Type { get; }

    public IReadOnlyDictionary<string, object?> Properties { get; }

    public bool Equals(Relationship? other) => other is not null && other.ElementId == ElementId;

    public override bool Equals(object? obj) => obj is Relationship other && Equals(other);

    public override int GetHashCode() => ElementId.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => CypherValue.ToCypherString(this);
}
