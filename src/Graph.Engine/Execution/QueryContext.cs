using System.Globalization;
using Graph.Core;
using Graph.Core.Values;
using Graph.Engine.Functions;
using Graph.Engine.Procedures;
using Graph.Storage.Store;

namespace Graph.Engine.Execution;

/// <summary>
/// Everything one statement's operators need: the store transaction (read through explicitly, never a
/// thread-local), parameters, the clocks fixed for the statement, counters and cancellation. One per
/// statement execution; not thread-safe.
/// </summary>
internal sealed class QueryContext
{
    private int _ticks;

    public QueryContext(StoreTransaction transaction, IReadOnlyDictionary<string, object?> parameters,
        FunctionContext functions, ProcedureRegistry procedures, int slotCount, CancellationToken cancellationToken)
    {
        Transaction = transaction;
        Parameters = parameters;
        Functions = functions;
        Procedures = procedures;
        SlotCount = slotCount;
        CancellationToken = cancellationToken;
    }

    public StoreTransaction Transaction { get; }

    public IReadOnlyDictionary<string, object?> Parameters { get; }

    public FunctionContext Functions { get; }

    public ProcedureRegistry Procedures { get; }

    public int SlotCount { get; }

    public CancellationToken CancellationToken { get; }

    public CounterSet Counters { get; } = new();

    /// <summary>Cheap periodic cancellation check for tight loops.</summary>
    public void Tick()
    {
        if ((++_ticks & 1023) == 0)
        {
            CancellationToken.ThrowIfCancellationRequested();
        }
    }

    public object?[] NewRow() => new object?[SlotCount];

    public static string ElementId(long id) => id.ToString(CultureInfo.InvariantCulture);

    public static Node NodeValue(NodeRecord record) =>
        new(record.Id, ElementId(record.Id), record.Labels, record.Properties);

    public static Relationship RelationshipValue(RelationshipRecord record) =>
        new(record.Id, ElementId(record.Id), record.StartId, ElementId(record.StartId), record.EndId,
            ElementId(record.EndId), record.Type, record.Properties);

    public Node NodeValue(long id)
    {
        var record = Transaction.Node(id) ?? throw EntityGone("Node", id);
        return NodeValue(record);
    }

    public Relationship RelationshipValue(long id)
    {
        var record = Transaction.Relationship(id) ?? throw EntityGone("Relationship", id);
        return RelationshipValue(record);
    }

    /// <summary>The current version of a node, or null when this transaction deleted it.</summary>
    public NodeRecord? CurrentNode(Node node) => Transaction.Node(node.Id);

    public RelationshipRecord? CurrentRelationship(Relationship relationship) => Transaction.Relationship(relationship.Id);

    public static GraphException EntityGone(string kind, long id) =>
        new(StatusCodes.EntityNotFound, $"{kind} with id {id} has been deleted in this transaction", "DeletedEntityAccess");

    /// <summary>
    /// Re-reads entities inside a result value so a record shows their state after the statement's writes
    /// (RETURN n after SET n.x). Deleted entities keep their last seen state.
    /// </summary>
    public object? Refresh(object? value)
    {
        switch (value)
        {
            case Node node:
                return Transaction.Node(node.Id) is { } n ? NodeValue(n) : node;
            case Relationship relationship:
                return Transaction.Relationship(relationship.Id) is { } r ? RelationshipValue(r) : relationship;
            case Graph.Core.Values.Path path:
                return new Graph.Core.Values.Path(path.Nodes.Select(n => (Node)Refresh(n)!).ToList(),
                    path.Relationships.Select(r => (Relationship)Refresh(r)!).ToList());
            case IReadOnlyList<object?> list:
                var items = new List<object?>(list.Count);
                foreach (var item in list)
                {
                    items.Add(Refresh(item));
                }
                return items;
            case IReadOnlyDictionary<string, object?> map:
                var entries = new Dictionary<string, object?>(map.Count);
                foreach (var (key, item) in map)
                {
                    entries[key] = Refresh(item);
                }
                return entries;
            default:
                return value;
        }
    }
}
