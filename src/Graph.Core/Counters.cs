namespace Graph.Core;

/// <summary>Update counters with Neo4j's names (Bolt SUCCESS "stats" uses the kebab-case forms).</summary>
public sealed record Counters
{
    public int NodesCreated { get; init; }
    public int NodesDeleted { get; init; }
    public int RelationshipsCreated { get; init; }
    public int RelationshipsDeleted { get; init; }
    public int PropertiesSet { get; init; }
    public int LabelsAdded { get; init; }
    public int LabelsRemoved { get; init; }
    public int IndexesAdded { get; init; }
    public int IndexesRemoved { get; init; }
    public int ConstraintsAdded { get; init; }
    public int ConstraintsRemoved { get; init; }
    public int SystemUpdates { get; init; }

    public bool ContainsUpdates =>
        NodesCreated + NodesDeleted + RelationshipsCreated + RelationshipsDeleted + PropertiesSet + LabelsAdded
        + LabelsRemoved + IndexesAdded + IndexesRemoved + ConstraintsAdded + ConstraintsRemoved > 0;

    public bool ContainsSystemUpdates => SystemUpdates > 0;
}
