using Graph.Core;
using Graph.Core.Values;
using Graph.Cypher.Ast;
using Graph.Engine.Evaluation;
using Graph.Engine.Execution;
using Graph.Engine.Procedures;

namespace Graph.Engine.Planning;

internal sealed partial class QueryPlanner
{
    private Procedure ResolveProcedure(CallClause call)
    {
        if (!_procedures.TryGet(call.ProcedureName, out var procedure))
        {
            throw new GraphException(StatusCodes.ProcedureNotFound,
                $"There is no procedure with the name `{call.ProcedureName}` registered for this database instance. Please ensure you've spelled the procedure name correctly and that the procedure is properly deployed.",
                "ProcedureNotFound", call.Span);
        }
        var inputs = procedure.Signature.Inputs.Count;
        if (call.Arguments is { } arguments && arguments.Count != inputs)
        {
            throw new GraphException(StatusCodes.SyntaxError,
                $"Procedure call does not provide the required number of arguments: got {arguments.Count} expected {inputs}.",
                "InvalidNumberOfArguments", call.Span);
        }
        if (procedure.Writes)
        {
            IsUpdating = true;
        }
        return procedure;
    }

    /// <summary>Arguments: the written ones, or for CALL p without parentheses the parameters named like the inputs.</summary>
    private Func<object?[], QueryContext, IReadOnlyList<object?>> CompileArguments(CallClause call, Procedure procedure, Scope scope)
    {
        var inputs = procedure.Signature.Inputs;
        for (var i = 0; call.Arguments is { } written && i < written.Count; i++)
        {
            if (written[i] is Literal literal)
            {
                try
                {
                    Coerce(literal.Value, inputs[i]);
                }
                catch (GraphException error)
                {
                    throw new GraphException(StatusCodes.SyntaxError, error.Message, error.Detail, literal.Span);
                }
            }
        }
        var evaluators = call.Arguments is { } arguments
            ? arguments.Select(a => Expressions.Compile(a, scope)).ToArray()
            : inputs.Select(i => Expressions.UsesParameter(i.Name)).Select(name => (Evaluator)((_, context) => context.Parameters.TryGetValue(name, out var value)
                ? value
                : throw new GraphException(StatusCodes.ParameterMissing, $"Expected parameter(s): {name}", "MissingParameter"))).ToArray();
        return (row, context) =>
        {
            var values = new object?[evaluators.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Coerce(evaluators[i](row, context), inputs[i]);
            }
            return values;
        };
    }

    private static object? Coerce(object? value, ProcedureField field)
    {
        var type = field.Type.TrimEnd('?').ToUpperInvariant();
        return (type, value) switch
        {
            (_, null) => null,
            ("FLOAT", long l) => (double)l,
            ("INTEGER", long) or ("FLOAT", double) or ("NUMBER", long or double) or ("STRING", string) or ("BOOLEAN", bool) => value,
            ("INTEGER" or "FLOAT" or "NUMBER" or "STRING" or "BOOLEAN", _) => throw RuntimeErrors.TypeError(
                $"Type mismatch for argument `{field.Name}`: expected {type} but was {CypherValue.TypeName(value)}", "InvalidArgumentType"),
            _ => value,
        };
    }

    private (Step, IReadOnlyList<(string Name, int Slot)>) PlanStandaloneCall(CallClause call)
    {
        var procedure = ResolveProcedure(call);
        var arguments = CompileArguments(call, procedure, Scope.Empty);
        var columns = procedure.Signature.Outputs.Select(o => (o.Name, Slot: Slots.Next())).ToList();
        var slots = columns.Select(c => c.Slot).ToArray();
        Step step = (input, context) => input.SelectMany(row => procedure.Invoke(context, arguments(row, context)).Select(values =>
        {
            var result = (object?[])row.Clone();
            for (var i = 0; i < slots.Length; i++)
            {
                result[slots[i]] = values[i];
            }
            return result;
        }));
        return (step, columns);
    }

    private Step PlanCall(CallClause call, ref Scope scope)
    {
        var procedure = ResolveProcedure(call);
        if (call.Arguments is null && procedure.Signature.Inputs.Count > 0)
        {
            throw new GraphException(StatusCodes.SyntaxError,
                $"Procedure call inside a query does not support passing arguments implicitly. Pass arguments explicitly in parentheses after procedure name for {call.ProcedureName}",
                "InvalidArgumentPassingMode", call.Span);
        }
        var arguments = CompileArguments(call, procedure, scope);
        var outputs = procedure.Signature.Outputs;
        var bindings = new List<(int Index, int Slot)>();
        if (call.YieldAll || call.Yield is null)
        {
            for (var i = 0; i < outputs.Count; i++)
            {
                if (call.YieldAll)
                {
                    var slot = Slots.Next();
                    scope = scope.With(outputs[i].Name, slot);
                    bindings.Add((i, slot));
                }
            }
        }
        else
        {
            foreach (var item in call.Yield)
            {
                var index = outputs.ToList().FindIndex(o => string.Equals(o.Name, item.Field, StringComparison.Ordinal));
                if (index < 0)
                {
                    throw new GraphException(StatusCodes.SyntaxError, $"Unknown procedure output: `{item.Field}`", "UndefinedVariable", item.Span);
                }
                var slot = Slots.Next();
                scope = scope.With(item.Variable.Name, slot);
                bindings.Add((index, slot));
            }
        }
        var where = call.Where is null ? null : Expressions.CompilePredicate(call.Where, scope);
        var bindingArray = bindings.ToArray();
        var optional = call.Optional;
        return (input, context) => input.SelectMany(row => CallRows(row, procedure, arguments, bindingArray, where, optional, context));
    }

    private static IEnumerable<object?[]> CallRows(object?[] row, Procedure procedure,
        Func<object?[], QueryContext, IReadOnlyList<object?>> arguments, (int Index, int Slot)[] bindings, Evaluator? where,
        bool optional, QueryContext context)
    {
        var any = false;
        if (procedure.Signature.Outputs.Count == 0)
        {
            foreach (var _ in procedure.Invoke(context, arguments(row, context)))
            {
            }
            yield return row;
            yield break;
        }
        foreach (var values in procedure.Invoke(context, arguments(row, context)))
        {
            context.Tick();
            var result = (object?[])row.Clone();
            foreach (var (index, slot) in bindings)
            {
                result[slot] = values[index];
            }
            if (where is not null && where(result, context) is not true)
            {
                continue;
            }
            any = true;
            yield return result;
        }
        if (!any && optional)
        {
            yield return row;
        }
    }

    /// <summary>CALL { } runs the subquery once per incoming row; its RETURN columns extend the row.</summary>
    private Step PlanSubquery(SubqueryClause subquery, ref Scope scope)
    {
        var (inner, _, columns) = PlanQuery(subquery.Query, scope);
        var returned = columns.ToArray();
        foreach (var (name, slot) in returned)
        {
            scope = scope.With(name, slot);
        }
        var optional = subquery.Optional;
        Step step = (input, context) => input.SelectMany(row => SubqueryRows(row, inner, returned, optional, context));
        return IsUpdatingQuery(subquery.Query) ? Eager(step) : step;
    }

    private static IEnumerable<object?[]> SubqueryRows(object?[] row, Step inner, (string Name, int Slot)[] returned, bool optional,
        QueryContext context)
    {
        if (returned.Length == 0)
        {
            foreach (var _ in inner([row], context))
            {
            }
            yield return row;
            yield break;
        }
        var any = false;
        foreach (var innerRow in inner([row], context))
        {
            any = true;
            var result = (object?[])row.Clone();
            foreach (var (_, slot) in returned)
            {
                result[slot] = innerRow[slot];
            }
            yield return result;
        }
        if (!any && optional)
        {
            yield return row;
        }
    }

    private static bool IsUpdatingQuery(AstNode node) =>
        node is CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause or ForeachClause
        || AstWalker.Children(node).Any(IsUpdatingQuery);
}
