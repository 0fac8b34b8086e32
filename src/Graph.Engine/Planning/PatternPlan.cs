using Graph.Storage.Store;

namespace Graph.Engine.Planning;

/// <summary>
/// Slot layout of one pattern part: a slot per node and relationship pattern (anonymous ones included),
/// the path slot, and the relationships' traversal facts. Immutable once planned.
/// </summary>
internal sealed class PatternPlan
{
    public required int[] NodeSlots { get; init; }

    public required int[] RelationshipSlots { get; init; }

    /// <summary>Per relationship: variable length (its slot holds a list of relationships).</summary>
    public required bool[] VariableLength { get; init; }

    public int? PathSlot { get; init; }

    public static Direction Flip(Direction direction) => direction switch
    {
        Direction.Outgoing => Direction.Incoming,
        Direction.Incoming => Direction.Outgoing,
        _ => Direction.Both,
    };
}
