using Graph.Core;
using Graph.Engine.Execution;

namespace Graph.Engine.Planning;

/// <summary>
/// A planned statement: its result columns, the slots they are read from, the root step, and what it does
/// (reads only, writes data, changes the schema). Immutable and cached by query text, so thread-safe.
/// </summary>
internal sealed class CompiledQuery
{
    public CompiledQuery(IReadOnlyList<string> columns, int[] columnSlots, Step root, int slotCount, bool isUpdating,
        bool isSchema, bool isExplain)
    {
        Columns = columns;
        ColumnSlots = columnSlots;
        Root = root;
        SlotCount = slotCount;
        IsUpdating = isUpdating;
        IsSchema = isSchema;
        IsExplain = isExplain;
    }

    public IReadOnlyList<string> Columns { get; }

    /// <summary>Parameters the statement reads; checked before it runs (Neo4j's ParameterMissing).</summary>
    public IReadOnlyCollection<string> Parameters { get; init; } = [];

    public int[] ColumnSlots { get; }

    public Step Root { get; }

    public int SlotCount { get; }

    /// <summary>True when the statement may write (data or schema): it needs the writer lock and a write session.</summary>
    public bool IsUpdating { get; }

    public bool IsSchema { get; }

    public bool IsExplain { get; }

    public QueryType QueryType => IsSchema ? QueryType.SchemaWrite
        : !IsUpdating ? QueryType.ReadOnly
        : Columns.Count == 0 ? QueryType.WriteOnly : QueryType.ReadWrite;

    /// <summary>Lazy: nothing runs (and no run-time error is raised) before the first row is pulled.</summary>
    public IEnumerable<object?[]> Execute(QueryContext context)
    {
        if (IsExplain)
        {
            yield break;
        }
        foreach (var row in Root([context.NewRow()], context))
        {
            yield return row;
        }
    }
}
