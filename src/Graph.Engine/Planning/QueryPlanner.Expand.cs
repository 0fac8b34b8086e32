using Graph.Core.Values;
using Graph.Cypher.Ast;
using Graph.Engine.Evaluation;
using Graph.Engine.Execution;
using Graph.Storage.Store;

namespace Graph.Engine.Planning;

internal sealed partial class QueryPlanner
{
    /// <summary>What one hop needs at run time. Immutable.</summary>
    private sealed record Hop(
        int FromSlot,
        int ToSlot,
        bool ToBound,
        int RelationshipSlot,
        bool RelationshipBound,
        Direction Direction,
        string[] Types,
        Func<NodeRecord, object?[], QueryContext, bool> ToCheck,
        Func<IReadOnlyDictionary<string, object?>, object?[], QueryContext, bool>? RelationshipProperties,
        Evaluator? RelationshipWhere,
        int[] EarlierRelationships,
        long Min,
        long? Max,
        bool Forward);

    private Step PlanHop(PatternElement element, PatternPlan plan, int index, bool forward, HashSet<int> bound, Scope scope,
        List<int> uniqueness)
    {
        var pattern = element.Relationships[index];
        var from = forward ? index : index + 1;
        var to = forward ? index + 1 : index;
        var direction = pattern.Direction switch
        {
            RelationshipDirection.Outgoing => Direction.Outgoing,
            RelationshipDirection.Incoming => Direction.Incoming,
            _ => Direction.Both,
        };
        var relationshipSlot = plan.RelationshipSlots[index];
        var hop = new Hop(
            plan.NodeSlots[from],
            plan.NodeSlots[to],
            bound.Contains(plan.NodeSlots[to]),
            relationshipSlot,
            bound.Contains(relationshipSlot),
            forward ? direction : PatternPlan.Flip(direction),
            pattern.Types.Distinct(StringComparer.Ordinal).ToArray(),
            NodeCheck(element.Nodes[to], scope),
            PropertyCheck(pattern.Properties, scope),
            pattern.Where is null ? null : Expressions.CompilePredicate(pattern.Where, scope),
            uniqueness.ToArray(),
            pattern.Length?.Min ?? 1,
            pattern.Length is null ? 1 : pattern.Length.Max,
            forward);
        bound.Add(hop.ToSlot);
        bound.Add(relationshipSlot);
        uniqueness.Add(relationshipSlot);
        if (pattern.Length is null)
        {
            return (input, context) => Expand(input, hop, context);
        }
        return (input, context) => VariableExpand(input, hop, context);
    }

    private static IEnumerable<object?[]> Expand(IEnumerable<object?[]> input, Hop hop, QueryContext context)
    {
        foreach (var row in input)
        {
            if (row[hop.FromSlot] is not Node from || context.Transaction.Node(from.Id) is not { } record)
            {
                continue;
            }
            foreach (var entry in StoreTransaction.Adjacent(record, hop.Direction, hop.Types))
            {
                context.Tick();
                if (!RelationshipAllowed(entry.RelationshipId, row, hop, context, out var relationship))
                {
                    continue;
                }
                if (!TargetAllowed(entry.OtherNodeId, row, hop, context, out var target))
                {
                    continue;
                }
                var result = (object?[])row.Clone();
                result[hop.RelationshipSlot] = QueryContext.RelationshipValue(relationship!);
                if (target is not null)
                {
                    result[hop.ToSlot] = QueryContext.NodeValue(target);
                }
                yield return result;
            }
        }
    }

    private static bool RelationshipAllowed(long id, object?[] row, Hop hop, QueryContext context,
        out RelationshipRecord? relationship)
    {
        relationship = context.Transaction.Relationship(id);
        if (relationship is null || UsedEarlier(id, row, hop.EarlierRelationships))
        {
            return false;
        }
        if (hop.RelationshipBound && hop.Max == 1 && !(row[hop.RelationshipSlot] is Relationship boundRel && boundRel.Id == id))
        {
            return false;
        }
        if (hop.RelationshipProperties is not null && !hop.RelationshipProperties(relationship.Properties, row, context))
        {
            return false;
        }
        if (hop.RelationshipWhere is not null)
        {
            var saved = row[hop.RelationshipSlot];
            row[hop.RelationshipSlot] = QueryContext.RelationshipValue(relationship);
            var pass = hop.RelationshipWhere(row, context) is true;
            row[hop.RelationshipSlot] = saved;
            return pass;
        }
        return true;
    }

    /// <summary>For an unbound target, returns its record in <paramref name="target"/>; for a bound one checks identity.</summary>
    private static bool TargetAllowed(long id, object?[] row, Hop hop, QueryContext context, out NodeRecord? target)
    {
        target = null;
        if (hop.ToBound)
        {
            return row[hop.ToSlot] is Node boundNode && boundNode.Id == id
                && context.Transaction.Node(id) is { } boundRecord && hop.ToCheck(boundRecord, row, context);
        }
        target = context.Transaction.Node(id);
        return target is not null && hop.ToCheck(target, row, context);
    }

    private static bool UsedEarlier(long relationshipId, object?[] row, int[] slots)
    {
        foreach (var slot in slots)
        {
            switch (row[slot])
            {
                case Relationship used when used.Id == relationshipId:
                    return true;
                case IReadOnlyList<object?> list:
                    foreach (var item in list)
                    {
                        if (item is Relationship listed && listed.Id == relationshipId)
                        {
                            return true;
                        }
                    }
                    break;
            }
        }
        return false;
    }

    /// <summary>Depth-first expansion of *min..max hops with relationship uniqueness along each path.</summary>
    private static IEnumerable<object?[]> VariableExpand(IEnumerable<object?[]> input, Hop hop, QueryContext context)
    {
        foreach (var row in input)
        {
            if (row[hop.FromSlot] is not Node from || context.Transaction.Node(from.Id) is not { } start)
            {
                continue;
            }
            var path = new List<RelationshipRecord>();
            var onPath = new HashSet<long>();
            foreach (var result in Deepen(row, start, hop, path, onPath, context))
            {
                yield return result;
            }
        }
    }

    private static IEnumerable<object?[]> Deepen(object?[] row, NodeRecord current, Hop hop, List<RelationshipRecord> path,
        HashSet<long> onPath, QueryContext context)
    {
        context.Tick();
        if (path.Count >= hop.Min && TargetAllowed(current.Id, row, hop, context, out var target)
            && (!hop.RelationshipBound || MatchesBoundList(row[hop.RelationshipSlot], path, hop.Forward)))
        {
            var result = (object?[])row.Clone();
            var relationships = new List<object?>(path.Count);
            foreach (var record in path)
            {
                relationships.Add(QueryContext.RelationshipValue(record));
            }
            if (!hop.Forward)
            {
                relationships.Reverse();
            }
            result[hop.RelationshipSlot] = relationships;
            if (target is not null)
            {
                result[hop.ToSlot] = QueryContext.NodeValue(target);
            }
            yield return result;
        }
        if (hop.Max is { } max && path.Count >= max)
        {
            yield break;
        }
        foreach (var entry in StoreTransaction.Adjacent(current, hop.Direction, hop.Types))
        {
            if (onPath.Contains(entry.RelationshipId) || UsedEarlier(entry.RelationshipId, row, hop.EarlierRelationships))
            {
                continue;
            }
            var relationship = context.Transaction.Relationship(entry.RelationshipId);
            var next = context.Transaction.Node(entry.OtherNodeId);
            if (relationship is null || next is null)
            {
                continue;
            }
            if (hop.RelationshipProperties is not null && !hop.RelationshipProperties(relationship.Properties, row, context))
            {
                continue;
            }
            path.Add(relationship);
            onPath.Add(relationship.Id);
            foreach (var result in Deepen(row, next, hop, path, onPath, context))
            {
                yield return result;
            }
            path.RemoveAt(path.Count - 1);
            onPath.Remove(relationship.Id);
        }
    }

    private static bool MatchesBoundList(object? bound, List<RelationshipRecord> path, bool forward)
    {
        if (bound is not IReadOnlyList<object?> list || list.Count != path.Count)
        {
            return false;
        }
        for (var i = 0; i < path.Count; i++)
        {
            var expected = forward ? path[i] : path[path.Count - 1 - i];
            if (list[i] is not Relationship r || r.Id != expected.Id)
            {
                return false;
            }
        }
        return true;
    }

    private static Step BindPath(PatternPlan plan, int pathSlot) => (input, context) => input.Select(row =>
    {
        var result = (object?[])row.Clone();
        result[pathSlot] = BuildPath(plan, row, context);
        return result;
    });

    /// <summary>Assembles a path value from the pattern's slots, walking variable-length segments node by node.</summary>
    internal static Graph.Core.Values.Path? BuildPath(PatternPlan plan, object?[] row, QueryContext context)
    {
        if (row[plan.NodeSlots[0]] is not Node first)
        {
            return null;
        }
        var nodes = new List<Node> { first };
        var relationships = new List<Relationship>();
        for (var i = 0; i < plan.RelationshipSlots.Length; i++)
        {
            var value = row[plan.RelationshipSlots[i]];
            var segment = plan.VariableLength[i] ? (value as IReadOnlyList<object?>)?.Cast<Relationship>().ToList() : value is Relationship single ? [single] : null;
            if (segment is null)
            {
                return null;
            }
            foreach (var relationship in segment)
            {
                var current = nodes[^1].Id;
                var next = relationship.StartNodeId == current ? relationship.EndNodeId : relationship.StartNodeId;
                relationships.Add(relationship);
                nodes.Add(context.Transaction.Node(next) is { } record ? QueryContext.NodeValue(record) : (Node)row[plan.NodeSlots[i + 1]]!);
            }
            if (row[plan.NodeSlots[i + 1]] is Node end && nodes[^1].Id == end.Id)
            {
                nodes[^1] = end;
            }
        }
        return new Graph.Core.Values.Path(nodes, relationships);
    }
}
