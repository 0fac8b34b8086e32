using Graph.Core;
using Graph.Core.Values;
using Graph.Cypher.Ast;
using Graph.Engine.Evaluation;
using Graph.Engine.Execution;
using Graph.Storage.Store;

namespace Graph.Engine.Planning;

internal sealed partial class QueryPlanner
{
    /// <summary>
    /// shortestPath / allShortestPaths (Neo4j syntax): both end nodes are bound (or scanned), then a
    /// breadth-first search finds the shortest connecting relationship chains within the length bounds.
    /// </summary>
    private Step PlanShortestPath(PatternPart part, PatternPlan plan, Scope scope, HashSet<int> bound, List<int> uniqueness,
        Scope before, List<(string Variable, string Key, Expression Value)> seekHints)
    {
        var element = part.Element;
        if (element.Relationships.Count != 1)
        {
            throw new GraphException(StatusCodes.SyntaxError, "shortestPath(...) requires a pattern containing a single relationship",
                "UnexpectedSyntax", part.Span);
        }
        var steps = new List<Step>();
        for (var i = 0; i < 2; i++)
        {
            steps.Add(PlanNodeStart(element.Nodes[i], plan.NodeSlots[i], bound, scope, before, seekHints));
            bound.Add(plan.NodeSlots[i]);
        }
        var pattern = element.Relationships[0];
        var direction = pattern.Direction switch
        {
            RelationshipDirection.Outgoing => Direction.Outgoing,
            RelationshipDirection.Incoming => Direction.Incoming,
            _ => Direction.Both,
        };
        var types = pattern.Types.ToArray();
        var min = pattern.Length?.Min ?? 1;
        var max = pattern.Length is null ? 1 : pattern.Length.Max ?? long.MaxValue;
        var properties = PropertyCheck(pattern.Properties, scope);
        var all = part.Selector == PathSelector.AllShortestPaths;
        var fromSlot = plan.NodeSlots[0];
        var toSlot = plan.NodeSlots[1];
        var relationshipSlot = plan.RelationshipSlots[0];
        var singleHop = pattern.Length is null;
        var pathSlot = plan.PathSlot;
        uniqueness.Add(relationshipSlot);
        steps.Add((input, context) => input.SelectMany(row =>
        {
            if (row[fromSlot] is not Node from || row[toSlot] is not Node to)
            {
                return [];
            }
            Func<RelationshipRecord, bool> allowed = r => properties is null || properties(r.Properties, row, context);
            return ShortestPaths(from.Id, to.Id, direction, types, min, max, all, allowed, context).Select(chain =>
            {
                var result = (object?[])row.Clone();
                var relationships = chain.Select(r => (object?)QueryContext.RelationshipValue(r)).ToList();
                result[relationshipSlot] = singleHop ? relationships[0] : relationships;
                if (pathSlot is { } slot)
                {
                    result[slot] = BuildPath(plan, result, context);
                }
                return result;
            });
        }));
        return Compose(steps);
    }

    private static IEnumerable<List<RelationshipRecord>> ShortestPaths(long from, long to, Direction direction, string[] types,
        long min, long max, bool all, Func<RelationshipRecord, bool> allowed, QueryContext context)
    {
        if (from == to)
        {
            if (min == 0)
            {
                yield return [];
            }
            yield break;
        }
        // Layered BFS: predecessors[node] = relationships reaching it from the previous layer.
        var depth = new Dictionary<long, long> { [from] = 0 };
        var predecessors = new Dictionary<long, List<RelationshipRecord>>();
        var frontier = new List<long> { from };
        long level = 0;
        var found = false;
        while (frontier.Count > 0 && !found && level < max)
        {
            level++;
            var next = new List<long>();
            foreach (var nodeId in frontier)
            {
                if (context.Transaction.Node(nodeId) is not { } node)
                {
                    continue;
                }
                foreach (var entry in StoreTransaction.Adjacent(node, direction, types))
                {
                    context.Tick();
                    var relationship = context.Transaction.Relationship(entry.RelationshipId);
                    if (relationship is null || !allowed(relationship))
                    {
                        continue;
                    }
                    var other = entry.OtherNodeId;
                    if (depth.TryGetValue(other, out var seen) && seen < level)
                    {
                        continue;
                    }
                    if (!depth.ContainsKey(other))
                    {
                        depth[other] = level;
                        next.Add(other);
                        predecessors[other] = [];
                    }
                    predecessors[other].Add(relationship);
                    found |= other == to;
                }
            }
            frontier = next;
        }
        if (!found || level < min)
        {
            yield break;
        }
        foreach (var chain in Chains(to, from, predecessors))
        {
            yield return chain;
            if (!all)
            {
                yield break;
            }
        }
    }

    private static IEnumerable<List<RelationshipRecord>> Chains(long node, long from, Dictionary<long, List<RelationshipRecord>> predecessors)
    {
        if (node == from)
        {
            yield return [];
            yield break;
        }
        foreach (var relationship in predecessors[node])
        {
            var previous = relationship.StartId == node ? relationship.EndId : relationship.StartId;
            foreach (var chain in Chains(previous, from, predecessors))
            {
                chain.Add(relationship);
                yield return chain;
            }
        }
    }
}
