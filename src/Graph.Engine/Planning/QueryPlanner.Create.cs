using Graph.Core;
using Graph.Core.Values;
using Graph.Cypher.Ast;
using Graph.Engine.Evaluation;
using Graph.Engine.Execution;

namespace Graph.Engine.Planning;

internal sealed partial class QueryPlanner
{
    /// <summary>Creates what a pattern part describes on one row (nodes not yet bound, all relationships).</summary>
    private delegate void CreateAction(object?[] row, QueryContext context);

    private Step PlanCreate(Pattern pattern, ref Scope scope)
    {
        var before = scope;
        var created = new HashSet<string>(StringComparer.Ordinal);
        var actions = new CreateAction[pattern.Parts.Count];
        for (var i = 0; i < actions.Length; i++)
        {
            actions[i] = PlanCreatePart(pattern.Parts[i], before, created, ref scope, merge: false);
        }
        return (input, context) => input.Select(row =>
        {
            var result = (object?[])row.Clone();
            foreach (var action in actions)
            {
                action(result, context);
            }
            return result;
        });
    }

    private CreateAction PlanCreatePart(PatternPart part, Scope before, HashSet<string> created, ref Scope scope, bool merge)
    {
        var element = part.Element;
        var actions = new List<CreateAction>();
        var nodeSlots = new int[element.Nodes.Count];
        for (var i = 0; i < element.Nodes.Count; i++)
        {
            var node = element.Nodes[i];
            var name = node.Variable?.Name ?? NewAnonymousName();
            var existing = before.Contains(name) || created.Contains(name);
            nodeSlots[i] = SlotFor(name, ref scope);
            if (existing)
            {
                var boundSlot = nodeSlots[i];
                actions.Add((row, _) =>
                {
                    if (row[boundSlot] is not Node)
                    {
                        throw RuntimeErrors.TypeError($"Failed to create relationship, node `{name}` is missing. If you prefer to simply ignore rows where a relationship node is missing, set 'cypher.lenient_create_relationship = true' in neo4j.conf", "InvalidArgumentType");
                    }
                });
                continue;
            }
            created.Add(name);
            var labels = node.Labels.ToArray();
            var properties = node.Properties is null ? null : Expressions.Compile(node.Properties, scope);
            var slot = nodeSlots[i];
            actions.Add((row, context) =>
            {
                var values = PropertyValues(properties?.Invoke(row, context), merge);
                var record = context.Transaction.CreateNode(labels, values);
                context.Counters.NodesCreated++;
                context.Counters.LabelsAdded += record.Labels.Length;
                context.Counters.PropertiesSet += record.Properties.Count;
                row[slot] = QueryContext.NodeValue(record);
            });
        }
        var relationshipSlots = new int[element.Relationships.Count];
        for (var i = 0; i < element.Relationships.Count; i++)
        {
            var relationship = element.Relationships[i];
            relationshipSlots[i] = SlotFor(relationship.Variable?.Name, ref scope);
            if (relationship.Types.Count != 1)
            {
                throw new GraphException(StatusCodes.SyntaxError,
                    "Exactly one relationship type must be specified for CREATE. Did you forget to prefix your relationship type with a ':'?",
                    "NoSingleRelationshipType", relationship.Span);
            }
            var type = relationship.Types[0];
            var properties = relationship.Properties is null ? null : Expressions.Compile(relationship.Properties, scope);
            var (fromSlot, toSlot) = relationship.Direction == RelationshipDirection.Incoming
                ? (nodeSlots[i + 1], nodeSlots[i])
                : (nodeSlots[i], nodeSlots[i + 1]);
            var slot = relationshipSlots[i];
            actions.Add((row, context) =>
            {
                var values = PropertyValues(properties?.Invoke(row, context), merge);
                var start = (Node)row[fromSlot]!;
                var end = (Node)row[toSlot]!;
                var record = context.Transaction.CreateRelationship(start.Id, end.Id, type, values);
                context.Counters.RelationshipsCreated++;
                context.Counters.PropertiesSet += record.Properties.Count;
                row[slot] = QueryContext.RelationshipValue(record);
            });
        }
        if (part.PathVariable is { } pathVariable)
        {
            var plan = new PatternPlan
            {
                NodeSlots = nodeSlots,
                RelationshipSlots = relationshipSlots,
                VariableLength = new bool[relationshipSlots.Length],
            };
            var pathSlot = SlotFor(pathVariable.Name, ref scope);
            actions.Add((row, context) => row[pathSlot] = BuildPath(plan, row, context));
        }
        var array = actions.ToArray();
        return (row, context) =>
        {
            foreach (var action in array)
            {
                action(row, context);
            }
        };
    }

    /// <summary>Property map of a CREATE/MERGE pattern, validated; nulls are dropped (MERGE rejects them).</summary>
    private static IEnumerable<KeyValuePair<string, object?>> PropertyValues(object? map, bool merge)
    {
        if (map is null)
        {
            return [];
        }
        if (map is not IReadOnlyDictionary<string, object?> properties)
        {
            throw RuntimeErrors.InvalidArgumentType("a map", map);
        }
        var result = new List<KeyValuePair<string, object?>>(properties.Count);
        foreach (var (key, value) in properties)
        {
            if (value is null)
            {
                if (merge)
                {
                    throw RuntimeErrors.Semantic(
                        $"Cannot merge the following node because of null property value for '{key}'", "MergeReadOwnWrites");
                }
                continue;
            }
            result.Add(new(key, CheckPropertyValue(value)));
        }
        return result;
    }

    /// <summary>Property values are primitives (and temporal/spatial values) or homogeneous lists of them.</summary>
    public static object CheckPropertyValue(object value)
    {
        switch (value)
        {
            case bool or long or double or string or byte[] or CypherPoint or CypherDate or CypherTime or CypherLocalTime
                or CypherDateTime or CypherLocalDateTime or CypherDuration:
                return value;
            case IReadOnlyList<object?> list:
                foreach (var item in list)
                {
                    if (item is null or IReadOnlyList<object?> || CheckPropertyValue(item) is null)
                    {
                        throw InvalidPropertyType(value);
                    }
                }
                return value;
            default:
                throw InvalidPropertyType(value);
        }
    }

    private static GraphException InvalidPropertyType(object value) =>
        RuntimeErrors.TypeError(
            $"Property values can only be of primitive types or arrays thereof. Encountered: {CypherValue.ToCypherString(value)}.",
            "InvalidPropertyType");
}
