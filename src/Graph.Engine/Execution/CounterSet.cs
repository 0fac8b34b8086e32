using Graph.Core;

namespace Graph.Engine.Execution;

/// <summary>Mutable update counters of one statement; frozen into Core <see cref="Counters"/>. Not thread-safe.</summary>
internal sealed class CounterSet
{
    public int NodesCreated;
    public int NodesDeleted;
    public int RelationshipsCreated;
    public int RelationshipsDeleted;
    public int PropertiesSet;
    public int LabelsAdded;
    public int LabelsRemoved;
    public int IndexesAdded;
    public int IndexesRemoved;
    public int ConstraintsAdded;
    public int ConstraintsRemoved;

    public Counters ToCounters() => new()
    {
        NodesCreated = NodesCreated,
        NodesDeleted = NodesDeleted,
        RelationshipsCreated = RelationshipsCreated,
        RelationshipsDeleted = RelationshipsDeleted,
        PropertiesSet = PropertiesSet,
        LabelsAdded = LabelsAdded,
        LabelsRemoved = LabelsRemoved,
        IndexesAdded = IndexesAdded,
        IndexesRemoved = IndexesRemoved,
        ConstraintsAdded = ConstraintsAdded,
        ConstraintsRemoved = ConstraintsRemoved,
    };
}
