using Graph.Core.Values;
using Graph.Cypher.Ast;
using Graph.Engine.Evaluation;
using Graph.Engine.Execution;

namespace Graph.Engine.Planning;

internal sealed partial class QueryPlanner
{
    private Step PlanMerge(MergeClause merge, ref Scope scope)
    {
        var before = scope;
        var matchScope = scope;
        var match = PlanPatternPart(merge.Pattern, ref matchScope, [], before, []);
        scope = matchScope;
        var create = PlanCreatePart(merge.Pattern, before, new HashSet<string>(StringComparer.Ordinal), ref scope, merge: true);
        var onCreate = PlanSetActions(merge.Actions.Where(a => a.OnCreate).SelectMany(a => a.Items), scope);
        var onMatch = PlanSetActions(merge.Actions.Where(a => !a.OnCreate).SelectMany(a => a.Items), scope);
        return (input, context) => Merge(input, match, create, onCreate, onMatch, context);
    }

    private static IEnumerable<object?[]> Merge(IEnumerable<object?[]> input, Step match, CreateAction create,
        Action<object?[], QueryContext> onCreate, Action<object?[], QueryContext> onMatch, QueryContext context)
    {
        foreach (var row in input)
        {
            // Each row's MERGE sees what earlier rows created (MERGE reads its own writes).
            var matches = match([row], context).ToList();
            if (matches.Count > 0)
            {
                foreach (var matched in matches)
                {
                    onMatch(matched, context);
                    yield return matched;
                }
                continue;
            }
            var created = (object?[])row.Clone();
            create(created, context);
            onCreate(created, context);
            yield return created;
        }
    }

    private Step PlanSet(IReadOnlyList<SetItem> items, Scope scope)
    {
        var actions = PlanSetActions(items, scope);
        return (input, context) => input.Select(row =>
        {
            actions(row, context);
            return row;
        });
    }

    private Action<object?[], QueryContext> PlanSetActions(IEnumerable<SetItem> items, Scope scope)
    {
        var actions = items.Select(item => PlanSetItem(item, scope)).ToArray();
        return (row, context) =>
        {
            foreach (var action in actions)
            {
                action(row, context);
            }
        };
    }

    private Action<object?[], QueryContext> PlanSetItem(SetItem item, Scope scope)
    {
        switch (item)
        {
            case SetPropertyItem property:
            {
                var subject = Expressions.Compile(property.Property.Subject, scope);
                var value = Expressions.Compile(property.Value, scope);
                var key = property.Property.Key;
                return (row, context) => SetProperty(subject(row, context), key, value(row, context), context);
            }
            case SetPropertiesItem properties:
            {
                var target = Expressions.Compile(properties.Target, scope);
                var value = Expressions.Compile(properties.Value, scope);
                var merge = properties.Merge;
                return (row, context) => SetProperties(target(row, context), value(row, context), merge, context);
            }
            case SetLabelsItem labels:
            {
                var target = Expressions.Compile(labels.Variable, scope);
                var names = labels.Labels.ToArray();
                return (row, context) => ChangeLabels(target(row, context), names, context, remove: false);
            }
            default:
                throw new NotSupportedException(item.GetType().Name);
        }
    }

    private static void SetProperty(object? subject, string key, object? value, QueryContext context)
    {
        var checkedValue = value is null ? null : CheckPropertyValue(value);
        switch (subject)
        {
            case null:
                return;
            case Node node:
                if (checkedValue is null && context.Transaction.Node(node.Id)?.Properties.ContainsKey(key) != true)
                {
                    return;
                }
                context.Transaction.SetNodeProperty(node.Id, key, checkedValue);
                context.Counters.PropertiesSet++;
                return;
            case Relationship relationship:
                if (checkedValue is null && context.Transaction.Relationship(relationship.Id)?.Properties.ContainsKey(key) != true)
                {
                    return;
                }
                context.Transaction.SetRelationshipProperty(relationship.Id, key, checkedValue);
                context.Counters.PropertiesSet++;
                return;
            default:
                throw RuntimeErrors.InvalidArgumentType("Node or Relationship", subject);
        }
    }

    private static void SetProperties(object? target, object? value, bool merge, QueryContext context)
    {
        if (target is null)
        {
            return;
        }
        if (target is not (Node or Relationship))
        {
            throw RuntimeErrors.InvalidArgumentType("Node or Relationship", target);
        }
        var map = value switch
        {
            null => new Dictionary<string, object?>(),
            Node or Relationship => ExpressionCompiler.AllProperties(value, context),
            IReadOnlyDictionary<string, object?> given => given,
            _ => throw RuntimeErrors.InvalidArgumentType("a map", value),
        };
        if (!merge)
        {
            var existing = ExpressionCompiler.AllProperties(target, context).Keys.ToList();
            foreach (var key in existing)
            {
                if (!map.ContainsKey(key))
                {
                    SetProperty(target, key, null, context);
                }
            }
        }
        foreach (var (key, item) in map.ToList())
        {
            SetProperty(target, key, item, context);
        }
    }

    private Step PlanRemove(RemoveClause remove, Scope scope)
    {
        var actions = remove.Items.Select(item => PlanRemoveItem(item, scope)).ToArray();
        return (input, context) => input.Select(row =>
        {
            foreach (var action in actions)
            {
                action(row, context);
            }
            return row;
        });
    }

    private Action<object?[], QueryContext> PlanRemoveItem(RemoveItem item, Scope scope)
    {
        if (item is RemovePropertyItem property)
        {
            var subject = Expressions.Compile(property.Property.Subject, scope);
            var key = property.Property.Key;
            return (row, context) => SetProperty(subject(row, context), key, null, context);
        }
        var labels = (RemoveLabelsItem)item;
        var target = Expressions.Compile(labels.Variable, scope);
        var names = labels.Labels.ToArray();
        return (row, context) => ChangeLabels(target(row, context), names, context, remove: true);
    }

    /// <summary>SET n:L / REMOVE n:L: null is a no-op (Neo4j), counters count only labels actually changed.</summary>
    private static void ChangeLabels(object? target, string[] names, QueryContext context, bool remove)
    {
        switch (target)
        {
            case null: return;
            case Node node:
                foreach (var label in names)
                {
                    if (remove)
                    {
                        if (context.Transaction.RemoveLabel(node.Id, label)) context.Counters.LabelsRemoved++;
                    }
                    else if (context.Transaction.AddLabel(node.Id, label))
                    {
                        context.Counters.LabelsAdded++;
                    }
                }
                return;
            case var other: throw RuntimeErrors.InvalidArgumentType("Node", other);
        }
    }

    private Step PlanDelete(DeleteClause delete, Scope scope)
    {
        var targets = delete.Expressions.Select(e => Expressions.Compile(e, scope)).ToArray();
        var detach = delete.Detach;
        return (input, context) => input.Select(row =>
        {
            foreach (var target in targets)
            {
                Delete(target(row, context), detach, context);
            }
            return row;
        });
    }

    private static void Delete(object? value, bool detach, QueryContext context)
    {
        switch (value)
        {
            case null:
                return;
            case Node node:
                if (context.Transaction.DeleteNode(node.Id, detach, _ => context.Counters.RelationshipsDeleted++))
                {
                    context.Counters.NodesDeleted++;
                }
                return;
            case Relationship relationship:
                if (context.Transaction.DeleteRelationship(relationship.Id))
                {
                    context.Counters.RelationshipsDeleted++;
                }
                return;
            case Graph.Core.Values.Path path:
                foreach (var relationship in path.Relationships)
                {
                    Delete(relationship, detach, context);
                }
                foreach (var node in path.Nodes)
                {
                    Delete(node, detach, context);
                }
                return;
            case IReadOnlyList<object?> list:
                foreach (var item in list)
                {
                    Delete(item, detach, context);
                }
                return;
            default:
                throw RuntimeErrors.InvalidArgumentType("Node, Relationship or Path", value);
        }
    }

    private Step PlanForeach(ForeachClause forEach, Scope scope)
    {
        var list = Expressions.Compile(forEach.List, scope);
        var slot = Slots.Next();
        var inner = scope.With(forEach.Variable.Name, slot);
        var steps = forEach.Clauses.Select(clause => PlanClause(clause, ref inner)).ToArray();
        var body = Compose(steps);
        return (input, context) => input.Select(row =>
        {
            var value = list(row, context);
            if (value is null)
            {
                return row;
            }
            if (value is not IReadOnlyList<object?> items)
            {
                throw RuntimeErrors.InvalidArgumentType("List", value);
            }
            foreach (var item in items)
            {
                var iteration = (object?[])row.Clone();
                iteration[slot] = item;
                foreach (var _ in body([iteration], context))
                {
                }
            }
            return row;
        });
    }
}
