using System.Text;
using Graph.Core;
using Graph.Cypher.Ast;
using Graph.Engine.Evaluation;
using Graph.Engine.Execution;
using Graph.Engine.Procedures;

namespace Graph.Engine.Planning;

/// <summary>
/// Turns an analyzed statement into a tree of <see cref="Step"/>s, clause by clause (openCypher's
/// semantics: each clause transforms the table of rows the previous one produced). Reading steps stream;
/// updating clauses are eager (they take all input rows before writing and write all rows before passing
/// any on), which gives Neo4j's clause-at-a-time visibility of writes without a separate Eager operator.
/// One planner per compilation; not thread-safe.
/// </summary>
internal sealed partial class QueryPlanner
{
    private readonly string _text;
    private readonly ProcedureRegistry _procedures;
    private int _anonymous;

    public QueryPlanner(string text, ProcedureRegistry procedures)
    {
        _text = text;
        _procedures = procedures;
        Expressions = new ExpressionCompiler(this);
    }

    public SlotAllocator Slots { get; } = new();

    public ExpressionCompiler Expressions { get; }

    public bool IsUpdating { get; private set; }

    public CompiledQuery Compile(Statement statement)
    {
        switch (statement)
        {
            case QueryStatement query:
                var (step, columns) = PlanTopLevel(query.Query);
                return new CompiledQuery(columns.Select(c => c.Name).ToList(), columns.Select(c => c.Slot).ToArray(), step,
                    Slots.Count, IsUpdating, isSchema: false, isExplain: query.Mode == ExecutionMode.Explain)
                {
                    Parameters = Expressions.Parameters.ToArray(),
                };
            case SchemaCommand command:
                return PlanSchemaCommand(command);
            default:
                throw new GraphException(StatusCodes.SyntaxError, "Unsupported statement", "UnexpectedSyntax", statement.Span);
        }
    }

    private (Step Step, IReadOnlyList<(string Name, int Slot)> Columns) PlanTopLevel(Query query)
    {
        // A lone CALL without YIELD returns every output of the procedure.
        if (query is SingleQuery { Clauses: [CallClause call] } && (call.Yield is null || call.YieldAll) && call.Where is null)
        {
            return PlanStandaloneCall(call);
        }
        var (step, _, columns) = PlanQuery(query, Scope.Empty);
        if (columns.Count == 0)
        {
            // A query ending in an updating clause (or CALL of a void procedure) returns no records.
            var inner = step;
            step = (input, context) =>
            {
                foreach (var _ in inner(input, context))
                {
                }
                return [];
            };
        }
        return (step, columns);
    }

    /// <summary>Plans a query (single or union) on rows carrying <paramref name="incoming"/>'s variables.</summary>
    public (Step Step, Scope Scope, IReadOnlyList<(string Name, int Slot)> Columns) PlanQuery(Query query, Scope incoming)
    {
        switch (query)
        {
            case SingleQuery single:
                return PlanSingle(single, incoming);
            case UnionQuery union:
                return PlanUnion(union, incoming);
            default:
                throw new GraphException(StatusCodes.SyntaxError, "Unsupported query", "UnexpectedSyntax", query.Span);
        }
    }

    private (Step, Scope, IReadOnlyList<(string, int)>) PlanSingle(SingleQuery query, Scope scope)
    {
        var steps = new List<Step>();
        IReadOnlyList<(string, int)> columns = [];
        foreach (var clause in query.Clauses)
        {
            switch (clause)
            {
                case ReturnClause returnClause:
                    var (returnSteps, returnScope, returnColumns) = PlanProjection(returnClause.Body, null, scope);
                    steps.AddRange(returnSteps);
                    scope = returnScope;
                    columns = returnColumns;
                    break;
                default:
                    steps.Add(PlanClause(clause, ref scope));
                    break;
            }
        }
        return (Compose(steps), scope, columns);
    }

    public Step PlanClause(Clause clause, ref Scope scope)
    {
        switch (clause)
        {
            case MatchClause match: return PlanMatch(match, ref scope);
            case WithClause with:
                var (steps, withScope, _) = PlanProjection(with.Body, with.Where, scope);
                scope = withScope;
                return Compose(steps);
            case UnwindClause unwind: return PlanUnwind(unwind, ref scope);
            case CreateClause create: return Eager(PlanCreate(create.Pattern, ref scope));
            case MergeClause merge: return Eager(PlanMerge(merge, ref scope));
            case SetClause set: return Eager(PlanSet(set.Items, scope));
            case RemoveClause remove: return Eager(PlanRemove(remove, scope));
            case DeleteClause delete: return Eager(PlanDelete(delete, scope));
            case ForeachClause forEach: return Eager(PlanForeach(forEach, scope));
            case CallClause call: return PlanCall(call, ref scope);
            case SubqueryClause subquery: return PlanSubquery(subquery, ref scope);
            default:
                throw new GraphException(StatusCodes.SyntaxError, $"Unsupported clause {clause.GetType().Name}", "UnexpectedSyntax", clause.Span);
        }
    }

    private (Step, Scope, IReadOnlyList<(string, int)>) PlanUnion(UnionQuery union, Scope incoming)
    {
        var (leftStep, _, leftColumns) = PlanQuery(union.Left, incoming);
        var (rightStep, _, rightColumns) = PlanSingle(union.Right, incoming);
        if (!leftColumns.Select(c => c.Item1).SequenceEqual(rightColumns.Select(c => c.Item1)))
        {
            throw new GraphException(StatusCodes.SyntaxError, "All sub queries in an UNION must have the same return column names",
                "DifferentColumnsInUnion", union.Span);
        }
        var output = leftColumns.Select(c => (c.Item1, Slot: Slots.Next())).ToList();
        var outputSlots = output.Select(c => c.Slot).ToArray();
        var leftSlots = leftColumns.Select(c => c.Item2).ToArray();
        var rightSlots = rightColumns.Select(c => c.Item2).ToArray();
        var scope = Scope.Empty;
        foreach (var (name, slot) in output)
        {
            scope = scope.With(name, slot);
        }
        var all = union.All;
        Step step = (input, context) =>
        {
            var rows = input.ToList();
            var combined = Remap(leftStep(rows, context), leftSlots, outputSlots, context)
                .Concat(Remap(rightStep(rows, context), rightSlots, outputSlots, context));
            return all ? combined : DistinctBy(combined, outputSlots);
        };
        return (step, scope, output);
    }

    private static IEnumerable<object?[]> Remap(IEnumerable<object?[]> rows, int[] from, int[] to, QueryContext context)
    {
        foreach (var row in rows)
        {
            var result = context.NewRow();
            for (var i = 0; i < from.Length; i++)
            {
                result[to[i]] = row[from[i]];
            }
            yield return result;
        }
    }

    internal static IEnumerable<object?[]> DistinctBy(IEnumerable<object?[]> rows, int[] slots)
    {
        var seen = new HashSet<object?[]>(new RowKeyComparer(slots));
        foreach (var row in rows)
        {
            if (seen.Add(row))
            {
                yield return row;
            }
        }
    }

    public static Step Compose(IReadOnlyList<Step> steps)
    {
        if (steps.Count == 1)
        {
            return steps[0];
        }
        var array = steps.ToArray();
        return (input, context) =>
        {
            var rows = input;
            foreach (var step in array)
            {
                rows = step(rows, context);
            }
            return rows;
        };
    }

    /// <summary>Marks the plan as writing and makes an updating step see all its input before it writes.</summary>
    private Step Eager(Step step)
    {
        IsUpdating = true;
        return (input, context) => step(input.ToList(), context).ToList();
    }

    public string NewAnonymousName() => $"  anon_{_anonymous++}";

    public static bool IsAnonymous(string name) => name.StartsWith("  ", StringComparison.Ordinal);

    /// <summary>The expression's source text without whitespace, to recognise an expression repeated in ORDER BY.</summary>
    public string TextOf(Expression expression)
    {
        var span = expression.Span;
        if (span.Start < 0 || span.End > _text.Length)
        {
            return expression.ToString();
        }
        var builder = new StringBuilder(span.Length);
        foreach (var c in _text.AsSpan(span.Start, span.Length))
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private Step PlanUnwind(UnwindClause unwind, ref Scope scope)
    {
        var list = Expressions.Compile(unwind.Expression, scope);
        var slot = Slots.Next();
        scope = scope.With(unwind.Variable.Name, slot);
        return (input, context) => Unwind(input, list, slot, context);
    }

    private static IEnumerable<object?[]> Unwind(IEnumerable<object?[]> input, Evaluator list, int slot, QueryContext context)
    {
        foreach (var row in input)
        {
            var value = list(row, context);
            if (value is null)
            {
                continue;
            }
            if (value is not IReadOnlyList<object?> items)
            {
                var single = (object?[])row.Clone();
                single[slot] = value;
                yield return single;
                continue;
            }
            foreach (var item in items)
            {
                context.Tick();
                var result = (object?[])row.Clone();
                result[slot] = item;
                yield return result;
            }
        }
    }
}
