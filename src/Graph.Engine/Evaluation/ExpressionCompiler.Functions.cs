using Graph.Core;
using Graph.Core.Values;
using Graph.Cypher.Ast;
using Graph.Engine.Execution;
using Graph.Engine.Functions;

namespace Graph.Engine.Evaluation;

internal sealed partial class ExpressionCompiler
{
    private Evaluator CompileFunction(FunctionCall call, Scope scope)
    {
        var name = call.Name.ToLowerInvariant();
        if (Aggregates.IsAggregate(name))
        {
            throw Aggregation(call);
        }
        if (name == "exists" && call.Arguments.Count == 1)
        {
            var argument = call.Arguments[0] is PatternExpression pattern
                ? CompilePredicate(pattern, scope)
                : Compile(call.Arguments[0], scope);
            return call.Arguments[0] is PatternExpression ? argument : (row, context) => argument(row, context) is not null;
        }
        if (name == "size" && call.Arguments.Count == 1 && call.Arguments[0] is PatternExpression sizePattern)
        {
            var paths = CompilePatternExpression(sizePattern, scope);
            return (row, context) => (long)((IReadOnlyList<object?>)paths(row, context)!).Count;
        }
        var arguments = call.Arguments.Select(a => Compile(a, scope)).ToArray();
        if (GraphFunction(name, arguments.Length) is { } graph)
        {
            var single = arguments[0];
            return (row, context) => graph(single(row, context), context);
        }
        if (!FunctionRegistry.Builtins.TryGet(name, out var function))
        {
            throw new GraphException(StatusCodes.SyntaxError, $"Unknown function '{call.Name}'", "UnknownFunction", call.Span);
        }
        if (arguments.Length < function.MinArguments || arguments.Length > function.MaxArguments)
        {
            throw new GraphException(StatusCodes.SyntaxError,
                $"Insufficient parameters for function '{call.Name}'", "InvalidNumberOfArguments", call.Span);
        }
        var invoke = function.Invoke;
        return (row, context) =>
        {
            var values = new object?[arguments.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = arguments[i](row, context);
            }
            return invoke(values, context.Functions);
        };
    }

    /// <summary>The functions that need the graph (entity identity, labels, current properties, paths).</summary>
    private static Func<object?, QueryContext, object?>? GraphFunction(string name, int arity)
    {
        if (arity != 1)
        {
            return null;
        }
        return name switch
        {
            "id" => static (value, _) => value switch
            {
                null => null,
                Node node => node.Id,
                Relationship relationship => relationship.Id,
                _ => throw RuntimeErrors.InvalidArgumentType("Node or Relationship", value),
            },
            "elementid" => static (value, _) => value switch
            {
                null => null,
                Node node => node.ElementId,
                Relationship relationship => relationship.ElementId,
                _ => throw RuntimeErrors.InvalidArgumentType("Node or Relationship", value),
            },
            "labels" => static (value, context) => value switch
            {
                null => null,
                Node node => (context.Transaction.Node(node.Id)?.Labels
                    ?? (context.Transaction.IsDeletedNode(node.Id) ? throw QueryContext.EntityGone("Node", node.Id) : [.. node.Labels]))
                    .Select(l => (object?)l).ToList(),
                _ => throw InvalidArgumentValue("Node", value),
            },
            "type" => static (value, _) => value switch
            {
                null => null,
                Relationship relationship => relationship.Type,
                _ => throw InvalidArgumentValue("Relationship", value),
            },
            "properties" => static (value, context) => value is null ? null : new Dictionary<string, object?>(AllProperties(value, context)),
            "keys" => static (value, context) => value is null ? null : AllProperties(value, context).Keys.Select(k => (object?)k).ToList(),
            "size" => static (value, _) => value switch
            {
                null => null,
                string text => (long)text.Length,
                IReadOnlyList<object?> list => (long)list.Count,
                _ => throw RuntimeErrors.InvalidArgumentType("a string or a list", value),
            },
            "length" => static (value, _) => value switch
            {
                null => null,
                Graph.Core.Values.Path path => (long)path.Length,
                _ => throw RuntimeErrors.InvalidArgumentType("Path", value),
            },
            "nodes" => static (value, context) => value switch
            {
                null => null,
                Graph.Core.Values.Path path => path.Nodes.Select(n => (object?)n).ToList(),
                _ => throw RuntimeErrors.InvalidArgumentType("Path", value),
            },
            "relationships" => static (value, _) => value switch
            {
                null => null,
                Graph.Core.Values.Path path => path.Relationships.Select(r => (object?)r).ToList(),
                _ => throw RuntimeErrors.InvalidArgumentType("Path", value),
            },
            "startnode" => static (value, context) => value switch
            {
                null => null,
                Relationship relationship => EndNode(relationship.StartNodeId, context),
                _ => throw RuntimeErrors.InvalidArgumentType("Relationship", value),
            },
            "endnode" => static (value, context) => value switch
            {
                null => null,
                Relationship relationship => EndNode(relationship.EndNodeId, context),
                _ => throw RuntimeErrors.InvalidArgumentType("Relationship", value),
            },
            _ => null,
        };
    }

    private static GraphException InvalidArgumentValue(string expected, object value) =>
        RuntimeErrors.TypeError($"Type mismatch: expected {expected} but was {CypherValue.TypeName(value)}", "InvalidArgumentValue");

    private static Node EndNode(long id, QueryContext context) =>
        context.Transaction.Node(id) is { } record ? QueryContext.NodeValue(record) : context.NodeValue(id);
}
