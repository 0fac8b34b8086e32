using System.Collections.Immutable;
using Graph.Core.Values;
using Graph.Engine.Execution;
using Graph.Storage.Indexes;
using Graph.Storage.Store;

namespace Graph.Engine.Procedures;

/// <summary>The db.* procedures Neo4j users expect. Each reads the transaction's current state. Stateless.</summary>
internal static class BuiltinProcedures
{
    public static IEnumerable<Procedure> All()
    {
        yield return new Procedure(Signature("db.labels", ("label", "STRING?")),
            (context, _) => context.Transaction.State.LabelIndex.Keys.Order(StringComparer.Ordinal).Select(l => new object?[] { l }));
        yield return new Procedure(Signature("db.relationshipTypes", ("relationshipType", "STRING?")),
            (context, _) => context.Transaction.State.TypeCounts.Keys.Order(StringComparer.Ordinal).Select(t => new object?[] { t }));
        yield return new Procedure(Signature("db.propertyKeys", ("propertyKey", "STRING?")),
            (context, _) => context.Transaction.State.PropertyKeys.Select(k => new object?[] { k }));
        yield return new Procedure(Signature("db.indexes", IndexColumns),
            (context, _) => IndexRows(context.Transaction.State));
        yield return new Procedure(Signature("db.schema.visualization", ("nodes", "LIST? OF NODE?"), ("relationships", "LIST? OF RELATIONSHIP?")),
            (context, _) => [SchemaVisualization(context.Transaction.State)]);
    }

    public static readonly (string, string)[] IndexColumns =
    [
        ("id", "INTEGER?"), ("name", "STRING?"), ("state", "STRING?"), ("populationPercent", "FLOAT?"),
        ("type", "STRING?"), ("entityType", "STRING?"), ("labelsOrTypes", "LIST? OF STRING?"),
        ("properties", "LIST? OF STRING?"), ("indexProvider", "STRING?"), ("owningConstraint", "STRING?"),
    ];

    public static readonly (string, string)[] ConstraintColumns =
    [
        ("id", "INTEGER?"), ("name", "STRING?"), ("type", "STRING?"), ("entityType", "STRING?"),
        ("labelsOrTypes", "LIST? OF STRING?"), ("properties", "LIST? OF STRING?"), ("ownedIndex", "STRING?"),
    ];

    public static IEnumerable<object?[]> IndexRows(GraphState state) =>
        state.Indexes.Select(i => i.Definition).OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => new object?[]
        {
            d.Id, d.Name, "ONLINE", 100.0, "RANGE", "NODE", new List<object?> { d.Label }, new List<object?> { d.Property },
            "range-1.0", d.OwningConstraint,
        });

    public static IEnumerable<object?[]> ConstraintRows(GraphState state) =>
        state.Constraints.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new object?[]
        {
            c.Id, c.Name, "UNIQUENESS", "NODE", new List<object?> { c.Label }, new List<object?> { c.Property }, c.Name,
        });

    private static ProcedureSignature Signature(string name, params (string Name, string Type)[] outputs) =>
        new(name, [], outputs.Select(o => new ProcedureField(o.Name, o.Type)).ToList());

    /// <summary>
    /// One virtual node per label (with its indexes and constraints) and one virtual relationship per
    /// (start label, type, end label) seen in the data, as Neo4j's procedure returns. Virtual ids are negative.
    /// </summary>
    private static object?[] SchemaVisualization(GraphState state)
    {
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        long nextId = -1;
        foreach (var label in state.LabelIndex.Keys.Order(StringComparer.Ordinal))
        {
            var properties = new Dictionary<string, object?>
            {
                ["name"] = label,
                ["indexes"] = state.Indexes.Where(i => i.Definition.Label == label).Select(i => (object?)i.Definition.Property).ToList(),
                ["constraints"] = state.Constraints.Where(c => c.Label == label)
                    .Select(c => (object?)$"Constraint( name='{c.Name}', type='UNIQUENESS', schema=(:{label} {{{c.Property}}}) )").ToList(),
            };
            var id = nextId--;
            nodes[label] = new Node(id, id.ToString(System.Globalization.CultureInfo.InvariantCulture), [label], properties);
        }
        var seen = new HashSet<(string, string, string)>();
        var relationships = new List<object?>();
        foreach (var (_, relationship) in state.Relationships)
        {
            var start = state.Nodes[relationship.StartId].Labels;
            var end = state.Nodes[relationship.EndId].Labels;
            foreach (var from in start)
            {
                foreach (var to in end)
                {
                    if (seen.Add((from, relationship.Type, to)))
                    {
                        var id = nextId--;
                        var text = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
                        relationships.Add(new Relationship(id, text, nodes[from].Id, nodes[from].ElementId, nodes[to].Id,
                            nodes[to].ElementId, relationship.Type, ImmutableDictionary<string, object?>.Empty));
                    }
                }
            }
        }
        return [nodes.Values.Cast<object?>().ToList(), relationships];
    }

}
