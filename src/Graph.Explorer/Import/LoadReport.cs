namespace Graph.Explorer.Import;

/// <summary>
/// What a seed load did: rows read per kind, files loaded, and the database's update counters summed over
/// every statement (a second, idempotent load reports zero nodes and relationships created). Immutable.
/// </summary>
public sealed record LoadReport
{
    public required IReadOnlyList<string> Files { get; init; }
    public int SchemaStatements { get; init; }
    public int NodeRows { get; init; }
    public int RelationshipRows { get; init; }
    public int NodesCreated { get; init; }
    public int RelationshipsCreated { get; init; }
    public int PropertiesSet { get; init; }
    public int LabelsAdded { get; init; }
    public int IndexesAdded { get; init; }
    public int ConstraintsAdded { get; init; }
    public TimeSpan Elapsed { get; init; }
}
