using Graph.Core.Values;
using Graph.Cypher.Ast;
using Graph.Engine.Execution;
using Graph.Engine.Values;

namespace Graph.Engine.Evaluation;

internal sealed partial class ExpressionCompiler
{
    private Evaluator CompileIndex(IndexExpression index, Scope scope)
    {
        var subject = Compile(index.Subject, scope);
        var key = Compile(index.Index, scope);
        return (row, context) => Index(subject(row, context), key(row, context), context);
    }

    private static object? Index(object? subject, object? index, QueryContext context)
    {
        if (subject is null || index is null)
        {
            return null;
        }
        switch (subject)
        {
            case IReadOnlyList<object?> list:
                if (index is not long position)
                {
                    throw RuntimeErrors.InvalidArgumentType("Integer", index);
                }
                if (position < 0)
                {
                    position += list.Count;
                }
                return position >= 0 && position < list.Count ? list[(int)position] : null;
            case IReadOnlyDictionary<string, object?> or Node or Relationship:
                if (index is not string key)
                {
                    throw RuntimeErrors.TypeError($"Cannot access a map element by {CypherValue.TypeName(index)}", "MapElementAccessByNonString");
                }
                return Property(subject, key, context);
            default:
                throw RuntimeErrors.InvalidArgumentType("a list or a map", subject);
        }
    }

    private Evaluator CompileSlice(SliceExpression slice, Scope scope)
    {
        var subject = Compile(slice.Subject, scope);
        var from = slice.From is null ? null : Compile(slice.From, scope);
        var to = slice.To is null ? null : Compile(slice.To, scope);
        return (row, context) =>
        {
            var value = subject(row, context);
            var start = from?.Invoke(row, context);
            var end = to?.Invoke(row, context);
            if (value is null || (from is not null && start is null) || (to is not null && end is null))
            {
                return null;
            }
            if (value is not IReadOnlyList<object?> list)
            {
                throw RuntimeErrors.InvalidArgumentType("List", value);
            }
            var first = Bound(start, list.Count, 0);
            var last = Bound(end, list.Count, list.Count);
            return first >= last ? new List<object?>() : list.Skip(first).Take(last - first).ToList();
        };
    }

    private static int Bound(object? value, int count, int missing)
    {
        if (value is null)
        {
            return missing;
        }
        if (value is not long position)
        {
            throw RuntimeErrors.InvalidArgumentType("Integer", value);
        }
        if (position < 0)
        {
            position += count;
        }
        return (int)Math.Clamp(position, 0, count);
    }

    private static IReadOnlyList<object?>? AsList(object? value) => value switch
    {
        null => null,
        IReadOnlyList<object?> list => list,
        _ => throw RuntimeErrors.InvalidArgumentType("List", value),
    };

    private Evaluator CompileListComprehension(ListComprehension comprehension, Scope scope)
    {
        var list = Compile(comprehension.List, scope);
        var slot = _planner.Slots.Next();
        var inner = scope.With(comprehension.Variable.Name, slot);
        var where = comprehension.Where is null ? null : CompilePredicate(comprehension.Where, inner);
        var projection = comprehension.Projection is null ? null : Compile(comprehension.Projection, inner);
        return (row, context) =>
        {
            var items = AsList(list(row, context));
            if (items is null)
            {
                return null;
            }
            var result = new List<object?>(items.Count);
            foreach (var item in items)
            {
                row[slot] = item;
                if (where is not null && where(row, context) is not true)
                {
                    continue;
                }
                result.Add(projection is null ? item : projection(row, context));
            }
            return result;
        };
    }

    private Evaluator CompileQuantifier(QuantifierExpression quantifier, Scope scope)
    {
        var list = Compile(quantifier.List, scope);
        var slot = _planner.Slots.Next();
        var inner = scope.With(quantifier.Variable.Name, slot);
        var predicate = quantifier.Predicate is null ? Constant(true) : CompilePredicate(quantifier.Predicate, inner);
        var kind = quantifier.Quantifier;
        return (row, context) =>
        {
            var items = AsList(list(row, context));
            if (items is null)
            {
                return null;
            }
            int trues = 0, nulls = 0;
            foreach (var item in items)
            {
                row[slot] = item;
                var result = CypherLogic.AsBoolean(predicate(row, context));
                if (result == true)
                {
                    trues++;
                    if (kind is Quantifier.Any)
                    {
                        return true;
                    }
                    if (kind is Quantifier.None)
                    {
                        return false;
                    }
                }
                else if (result is null)
                {
                    nulls++;
                }
                else if (kind is Quantifier.All)
                {
                    return false;
                }
            }
            return kind switch
            {
                Quantifier.All => nulls > 0 ? null : true,
                Quantifier.Any => nulls > 0 ? null : false,
                Quantifier.None => nulls > 0 ? null : true,
                _ => trues > 1 ? false : nulls > 0 ? null : trues == 1,
            };
        };
    }

    private Evaluator CompileReduce(ReduceExpression reduce, Scope scope)
    {
        var initial = Compile(reduce.Initial, scope);
        var list = Compile(reduce.List, scope);
        var accumulatorSlot = _planner.Slots.Next();
        var itemSlot = _planner.Slots.Next();
        var inner = scope.With(reduce.Accumulator.Name, accumulatorSlot).With(reduce.Variable.Name, itemSlot);
        var step = Compile(reduce.Expression, inner);
        return (row, context) =>
        {
            var accumulator = initial(row, context);
            var items = AsList(list(row, context));
            if (items is null)
            {
                return null;
            }
            foreach (var item in items)
            {
                row[accumulatorSlot] = accumulator;
                row[itemSlot] = item;
                accumulator = step(row, context);
            }
            return accumulator;
        };
    }

    private Evaluator CompileMapProjection(MapProjection projection, Scope scope)
    {
        var subject = Compile(projection.Subject, scope);
        var parts = new List<Action<Dictionary<string, object?>, object?, object?[], QueryContext>>();
        foreach (var item in projection.Items)
        {
            switch (item)
            {
                case AllPropertiesSelector:
                    parts.Add((map, value, _, context) =>
                    {
                        foreach (var (key, property) in AllProperties(value, context))
                        {
                            map[key] = property;
                        }
                    });
                    break;
                case PropertySelector selector:
                    var key = selector.Key;
                    parts.Add((map, value, _, context) => map[key] = Property(value, key, context));
                    break;
                case LiteralEntrySelector entry:
                    var entryKey = entry.Key;
                    var entryValue = Compile(entry.Value, scope);
                    parts.Add((map, _, row, context) => map[entryKey] = entryValue(row, context));
                    break;
                case VariableSelector variable:
                    var name = variable.Variable.Name;
                    var read = Compile(variable.Variable, scope);
                    parts.Add((map, _, row, context) => map[name] = read(row, context));
                    break;
            }
        }
        return (row, context) =>
        {
            var value = subject(row, context);
            if (value is null)
            {
                return null;
            }
            if (value is not (Node or Relationship or IReadOnlyDictionary<string, object?>))
            {
                throw RuntimeErrors.InvalidArgumentType("a map, node or relationship", value);
            }
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var part in parts)
            {
                part(map, value, row, context);
            }
            return map;
        };
    }

    public static IReadOnlyDictionary<string, object?> AllProperties(object? value, QueryContext context) => value switch
    {
        Node node => context.Transaction.Node(node.Id)?.Properties ?? node.Properties,
        Relationship relationship => context.Transaction.Relationship(relationship.Id)?.Properties ?? relationship.Properties,
        IReadOnlyDictionary<string, object?> map => map,
        _ => throw RuntimeErrors.InvalidArgumentType("a map, node or relationship", value),
    };
}
