using Graph.Cypher.Ast;
using Graph.Cypher.Diagnostics;

namespace Graph.Engine.Semantics;

public sealed partial class SemanticAnalyzer
{
    private SemanticType CheckFunction(FunctionCall call, ExpressionContext context)
    {
        var name = call.Name;
        var inner = context with { Predicate = false };
        if (KnownFunctions.IsAggregate(name))
        {
            CheckAggregatePlacement(name + "(...)", call, context);
            var argumentContext = inner with { AllowAggregates = true, InsideAggregate = true };
            foreach (var argument in call.Arguments)
            {
                Check(argument, argumentContext);
                if (CallsNonDeterministic(argument))
                {
                    Error(ErrorDetails.NonConstantExpression,
                        "Can't use non-deterministic (random) functions inside of aggregate functions.", argument.Span);
                }
            }
            return AggregateType(name);
        }
        if (name.Equals("exists", StringComparison.OrdinalIgnoreCase) && call.Arguments.Count == 1 &&
            call.Arguments[0] is PatternExpression)
        {
            Check(call.Arguments[0], inner with { Predicate = true });
            return SemanticType.Boolean;
        }
        if (!KnownFunctions.IsKnown(name))
        {
            Error(ErrorDetails.UnknownFunction, $"Unknown function '{name}'", call.Span);
        }
        else if (KnownFunctions.Arity(name) is var (min, max) && (call.Arguments.Count < min || call.Arguments.Count > max))
        {
            Error(ErrorDetails.InvalidNumberOfArguments,
                $"Function call does not provide the required number of arguments: {name}", call.Span);
        }
        var types = call.Arguments.Select(a => Check(a, inner)).ToList();
        if (types.Count == 1)
        {
            CheckFunctionArgument(name, call.Arguments[0], types[0]);
        }
        return FunctionType(name);
    }

    private void CheckAggregatePlacement(string name, Expression expression, ExpressionContext context)
    {
        if (context.InsideAggregate)
        {
            Error(ErrorDetails.NestedAggregation,
                $"Can't use aggregate functions inside of aggregate functions.", expression.Span);
        }
        else if (!context.AllowAggregates)
        {
            Error(ErrorDetails.InvalidAggregation,
                $"Invalid use of aggregating function {name} in this context", expression.Span);
        }
    }

    private static bool CallsNonDeterministic(Expression expression) =>
        (expression is FunctionCall call && (call.Name.Equals("rand", StringComparison.OrdinalIgnoreCase) ||
            call.Name.Equals("randomUUID", StringComparison.OrdinalIgnoreCase))) ||
        Children(expression).Any(CallsNonDeterministic);

    /// <summary>Argument kinds known wrong at compile time (e.g. labels(path), type(node), length(node)).</summary>
    private void CheckFunctionArgument(string name, Expression argument, SemanticType type)
    {
        if (type is SemanticType.Any or SemanticType.Null)
        {
            return;
        }
        var allowed = name.ToLowerInvariant() switch
        {
            "labels" => [SemanticType.Node],
            "type" => [SemanticType.Relationship],
            "properties" => [SemanticType.Node, SemanticType.Relationship, SemanticType.Map],
            "keys" => [SemanticType.Node, SemanticType.Relationship, SemanticType.Map],
            "length" => [SemanticType.Path],
            "size" => [SemanticType.List, SemanticType.String],
            "nodes" or "relationships" => [SemanticType.Path],
            "startnode" or "endnode" => [SemanticType.Relationship],
            _ => (SemanticType[]?)null,
        };
        if (allowed is not null && !allowed.Contains(type))
        {
            Error(ErrorDetails.InvalidArgumentType,
                $"Type mismatch: expected {string.Join(", ", allowed)} but was {type}", argument.Span);
        }
    }

    private static SemanticType AggregateType(string name) => name.ToLowerInvariant() switch
    {
        "count" => SemanticType.Integer,
        "collect" => SemanticType.List,
        _ => SemanticType.Any,
    };

    private static SemanticType FunctionType(string name) => name.ToLowerInvariant() switch
    {
        "labels" or "keys" or "nodes" or "relationships" or "range" or "split" or "tail" => SemanticType.List,
        "type" or "tostring" or "toupper" or "tolower" or "trim" or "substring" or "replace" => SemanticType.String,
        "size" or "length" or "id" or "tointeger" => SemanticType.Integer,
        "tofloat" => SemanticType.Float,
        "startnode" or "endnode" => SemanticType.Node,
        "properties" => SemanticType.Map,
        _ => SemanticType.Any,
    };
}
