using Graph.Core;
using Graph.Core.Values;
using Graph.Cypher.Ast;
using Graph.Engine.Evaluation;
using Graph.Engine.Execution;
using Graph.Engine.Values;

namespace Graph.Engine.Planning;

internal sealed partial class QueryPlanner
{
    /// <summary>One projected column: its name and expression (null for a variable carried by *).</summary>
    private sealed record Item(string Name, Expression? Expression, int SourceSlot);

    /// <summary>Plans WITH/RETURN: projection or aggregation, DISTINCT, ORDER BY, SKIP, LIMIT and WITH's WHERE.</summary>
    private (List<Step> Steps, Scope Scope, IReadOnlyList<(string Name, int Slot)> Columns) PlanProjection(
        ProjectionBody body, Expression? where, Scope scope)
    {
        var items = new List<Item>();
        if (body.IncludeExisting)
        {
            foreach (var name in scope.Names.Where(n => !IsAnonymous(n)).Order(StringComparer.Ordinal))
            {
                scope.TryGet(name, out var slot);
                items.Add(new Item(name, null, slot));
            }
        }
        items.AddRange(body.Items.Select(i => new Item(i.Name, i.Expression, -1)));
        var aggregates = items.Where(i => i.Expression is not null).SelectMany(i => FindAggregates(i.Expression!)).ToList();
        var (steps, newScope, columns, sortScope) = aggregates.Count == 0
            ? PlanPlainProjection(items, scope, body.Distinct)
            : PlanAggregation(items, aggregates, scope, body.Distinct);
        foreach (var (item, column) in items.Zip(columns))
        {
            if (item.Expression is not null and not Variable)
            {
                Expressions.ProjectedTexts[TextOf(item.Expression)] = column.Slot;
            }
        }
        Evaluator? filter = where is null ? null : Expressions.CompilePredicate(where, sortScope);
        if (body.OrderBy.Count > 0)
        {
            var keys = body.OrderBy.Select(o => Expressions.Compile(o.Expression, sortScope)).ToArray();
            var descending = body.OrderBy.Select(o => o.Descending).ToArray();
            steps.Add((input, context) => Sort(input, keys, descending, context));
        }
        Expressions.ProjectedTexts.Clear();
        if (body.Skip is not null)
        {
            var skip = CompileCount(body.Skip, "SKIP");
            steps.Add((input, context) => input.Skip(ToInt(skip(context.NewRow(), context))));
        }
        if (body.Limit is not null)
        {
            var limit = CompileCount(body.Limit, "LIMIT");
            steps.Add((input, context) => input.Take(ToInt(limit(context.NewRow(), context))));
        }
        if (filter is not null)
        {
            steps.Add(Filter(filter));
        }
        return (steps, newScope, columns);
    }

    /// <summary>The type of a projected literal that can never have properties, for compile-time checks.</summary>
    private static string? LiteralTypeName(Expression? expression) => expression switch
    {
        Literal { Value: long } => "Integer",
        Literal { Value: double } => "Float",
        Literal { Value: bool } => "Boolean",
        Literal { Value: string } => "String",
        ListLiteral => "List<T>",
        _ => null,
    };

    private static int ToInt(object? value) => (int)Math.Min((long)value!, int.MaxValue);

    private (List<Step>, Scope, List<(string Name, int Slot)>, Scope) PlanPlainProjection(List<Item> items, Scope scope, bool distinct)
    {
        var slots = items.Select(_ => Slots.Next()).ToArray();
        var evaluators = items.Select(i => i.Expression is null ? null : Expressions.Compile(i.Expression, scope)).ToArray();
        var sources = items.Select(i => i.SourceSlot).ToArray();
        var newScope = Scope.Empty;
        var sortScope = scope;
        var columns = new List<(string, int)>();
        for (var i = 0; i < items.Count; i++)
        {
            newScope = newScope.With(items[i].Name, slots[i]);
            sortScope = sortScope.With(items[i].Name, slots[i]);
            columns.Add((items[i].Name, slots[i]));
            if (LiteralTypeName(items[i].Expression) is { } type)
            {
                Expressions.ConstantTypes[slots[i]] = type;
            }
        }
        var steps = new List<Step>
        {
            (input, context) => input.Select(row =>
            {
                var result = (object?[])row.Clone();
                for (var i = 0; i < slots.Length; i++)
                {
                    result[slots[i]] = evaluators[i] is { } evaluate ? evaluate(row, context) : row[sources[i]];
                }
                return result;
            }),
        };
        if (distinct)
        {
            steps.Add((input, _) => DistinctBy(input, slots));
            sortScope = newScope;
        }
        return (steps, newScope, columns, sortScope);
    }

    private static IEnumerable<object?[]> Sort(IEnumerable<object?[]> input, Evaluator[] keys, bool[] descending, QueryContext context)
    {
        var rows = new List<(object?[] Row, object?[] Keys)>();
        foreach (var row in input)
        {
            context.Tick();
            var values = new object?[keys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                values[i] = keys[i](row, context);
            }
            rows.Add((row, values));
        }
        var comparer = Comparer<object?[]>.Create((a, b) =>
        {
            for (var i = 0; i < a.Length; i++)
            {
                var order = CypherComparer.Order(a[i], b[i]);
                if (order != 0)
                {
                    return descending[i] ? -order : order;
                }
            }
            return 0;
        });
        return rows.OrderBy(r => r.Keys, comparer).Select(r => r.Row);
    }

    private Evaluator CompileCount(Expression expression, string clause)
    {
        var evaluate = Expressions.Compile(expression, Scope.Empty);
        Evaluator checkedCount = (row, context) =>
        {
            var value = evaluate(row, context);
            if (value is double d && d == Math.Floor(d) && expression is not Literal)
            {
                value = (long)d;
            }
            if (value is not long count)
            {
                throw new GraphException(StatusCodes.SyntaxError,
                    $"Invalid input. '{CypherValue.ToCypherString(value)}' is not a valid value. Must be a non-negative integer.",
                    "InvalidArgumentType", expression.Span);
            }
            if (count < 0)
            {
                throw new GraphException(StatusCodes.SyntaxError,
                    $"Invalid input. '{count}' is not a valid value. Must be a non-negative integer.", "NegativeIntegerArgument", expression.Span);
            }
            return count;
        };
        if (expression is Literal)
        {
            var value = checkedCount([], null!);
            return (_, _) => value;
        }
        return checkedCount;
    }

    /// <summary>Aggregate calls inside an expression, not looking into nested scopes (subqueries, comprehensions' own queries).</summary>
    private static IEnumerable<Expression> FindAggregates(Expression expression)
    {
        if (expression is CountStar || (expression is FunctionCall call && Aggregates.IsAggregate(call.Name)))
        {
            yield return expression;
            yield break;
        }
        if (expression is ExistsSubquery or CountSubquery or CollectSubquery or PatternComprehension)
        {
            yield break;
        }
        foreach (var child in AstWalker.Children(expression))
        {
            if (child is Expression inner)
            {
                foreach (var found in FindAggregates(inner))
                {
                    yield return found;
                }
            }
            else
            {
                foreach (var nested in AstWalker.Children(child).OfType<Expression>())
                {
                    foreach (var found in FindAggregates(nested))
                    {
                        yield return found;
                    }
                }
            }
        }
    }
}
