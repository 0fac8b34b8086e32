namespace Graph.Storage.Store;

/// <summary>A transaction's working state at one moment, to roll a failed statement back to. Immutable.</summary>
public sealed class Savepoint
{
    internal Savepoint(GraphState state) => State = state;

    internal GraphState State { get; }
}
