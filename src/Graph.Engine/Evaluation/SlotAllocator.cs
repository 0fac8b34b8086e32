namespace Graph.Engine.Evaluation;

/// <summary>Hands out row slots for one statement; the final count sizes every row. Not thread-safe (compile time only).</summary>
internal sealed class SlotAllocator
{
    public int Count { get; private set; }

    public int Next() => Count++;
}
