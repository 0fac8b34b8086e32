using Graph.Cypher.Ast;
using Graph.Engine.Evaluation;
using Graph.Engine.Execution;

namespace Graph.Engine.Planning;

internal sealed partial class QueryPlanner
{
    /// <summary>One aggregate call: function (null = count(*)), DISTINCT, argument evaluators, result slot. Immutable.</summary>
    private sealed record AggregateSpec(string? Function, bool Distinct, Evaluator? Argument, Evaluator? Extra, int Slot);

    /// <summary>
    /// Implicit grouping: items without aggregates are the grouping key; each group feeds one accumulator per
    /// aggregate call; items combining aggregates (count(*) + 1) are computed from the group's results.
    /// </summary>
    private (List<Step>, Scope, List<(string Name, int Slot)>, Scope) PlanAggregation(List<Item> items, List<Expression> aggregates,
        Scope scope, bool distinct)
    {
        var specs = new List<AggregateSpec>();
        foreach (var aggregate in aggregates)
        {
            var slot = Slots.Next();
            specs.Add(aggregate switch
            {
                FunctionCall call => new AggregateSpec(call.Name, call.Distinct,
                    call.Arguments.Count > 0 ? Expressions.Compile(call.Arguments[0], scope) : null,
                    call.Arguments.Count > 1 ? Expressions.Compile(call.Arguments[1], scope) : null, slot),
                _ => new AggregateSpec(null, false, null, null, slot),
            });
        }
        var isKey = items.Select(i => i.Expression is null || !FindAggregates(i.Expression).Any()).ToArray();
        var itemSlots = items.Select(_ => Slots.Next()).ToArray();
        var keyEvaluators = new List<(int Slot, Evaluator? Evaluate, int Source)>();
        var keyScope = Scope.Empty;
        for (var i = 0; i < items.Count; i++)
        {
            if (!isKey[i])
            {
                continue;
            }
            keyEvaluators.Add((itemSlots[i], items[i].Expression is { } e ? Expressions.Compile(e, scope) : null, items[i].SourceSlot));
            if (items[i].Expression is null or Variable)
            {
                var name = items[i].Expression is Variable v ? v.Name : items[i].Name;
                keyScope = keyScope.With(name, itemSlots[i]);
            }
            else
            {
                Expressions.ProjectedTexts[TextOf(items[i].Expression!)] = itemSlots[i];
            }
        }
        for (var i = 0; i < aggregates.Count; i++)
        {
            Expressions.AggregateSlots[aggregates[i]] = specs[i].Slot;
        }
        var computed = new List<(int Slot, Evaluator Evaluate)>();
        for (var i = 0; i < items.Count; i++)
        {
            if (!isKey[i])
            {
                computed.Add((itemSlots[i], Expressions.Compile(items[i].Expression!, keyScope)));
            }
        }
        Expressions.ProjectedTexts.Clear();
        var newScope = Scope.Empty;
        var columns = new List<(string, int)>();
        for (var i = 0; i < items.Count; i++)
        {
            newScope = newScope.With(items[i].Name, itemSlots[i]);
            columns.Add((items[i].Name, itemSlots[i]));
        }
        var keys = keyEvaluators.ToArray();
        var keySlots = keys.Select(k => k.Slot).ToArray();
        var specArray = specs.ToArray();
        var computedArray = computed.ToArray();
        var steps = new List<Step> { (input, context) => Aggregate(input, keys, keySlots, specArray, computedArray, context) };
        if (distinct)
        {
            steps.Add((input, _) => DistinctBy(input, itemSlots));
        }
        return (steps, newScope, columns, newScope);
    }

    private static IEnumerable<object?[]> Aggregate(IEnumerable<object?[]> input, (int Slot, Evaluator? Evaluate, int Source)[] keys,
        int[] keySlots, AggregateSpec[] specs, (int Slot, Evaluator Evaluate)[] computed, QueryContext context)
    {
        var groups = new Dictionary<object?[], Aggregates.Accumulator[]>(new RowKeyComparer(keySlots));
        var order = new List<object?[]>();
        foreach (var row in input)
        {
            context.Tick();
            var key = context.NewRow();
            foreach (var (slot, evaluate, source) in keys)
            {
                key[slot] = evaluate is null ? row[source] : evaluate(row, context);
            }
            if (!groups.TryGetValue(key, out var accumulators))
            {
                accumulators = specs.Select(s => Aggregates.Create(s.Function, s.Distinct)).ToArray();
                groups[key] = accumulators;
                order.Add(key);
            }
            for (var i = 0; i < specs.Length; i++)
            {
                var spec = specs[i];
                accumulators[i].Add(spec.Argument?.Invoke(row, context) ?? (spec.Function is null ? true : null),
                    spec.Extra?.Invoke(row, context));
            }
        }
        if (order.Count == 0 && keys.Length == 0)
        {
            var empty = context.NewRow();
            groups[empty] = specs.Select(s => Aggregates.Create(s.Function, s.Distinct)).ToArray();
            order.Add(empty);
        }
        foreach (var key in order)
        {
            var accumulators = groups[key];
            for (var i = 0; i < specs.Length; i++)
            {
                key[specs[i].Slot] = accumulators[i].Result();
            }
            foreach (var (slot, evaluate) in computed)
            {
                key[slot] = evaluate(key, context);
            }
            yield return key;
        }
    }
}
