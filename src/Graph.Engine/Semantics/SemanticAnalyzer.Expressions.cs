using Graph.Cypher.Ast;
using Graph.Cypher.Diagnostics;

namespace Graph.Engine.Semantics;

public sealed partial class SemanticAnalyzer
{
    /// <summary>Checks an expression and infers its static type (Any when unknown).</summary>
    private SemanticType Check(Expression expression, ExpressionContext context)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (context.ProjectedTexts is { } projected && projected.Contains(Normalize(expression)))
        {
            return SemanticType.Any;
        }
        var inner = context with { Predicate = false };
        switch (expression)
        {
            case Literal literal:
                return LiteralType(literal.Value);
            case Parameter:
                return SemanticType.Any;
            case Variable variable:
                if (!context.Scope.TryGet(variable.Name, out var type))
                {
                    Error(ErrorDetails.UndefinedVariable, $"Variable `{variable.Name}` not defined", variable.Span);
                    return SemanticType.Any;
                }
                return type;
            case PropertyAccess property:
                CheckPropertySubject(property, Check(property.Subject, inner));
                return SemanticType.Any;
            case ListLiteral list:
                CheckAll(list.Items, inner);
                return SemanticType.List;
            case MapLiteral map:
                CheckAll(map.Entries.Select(e => e.Value), inner);
                return SemanticType.Map;
            case BinaryExpression binary:
                return CheckBinary(binary, context);
            case UnaryExpression unary:
                return CheckUnary(unary, context);
            case IsNullExpression isNull:
                Check(isNull.Operand, inner);
                return SemanticType.Boolean;
            case HasLabelsExpression labels:
                Check(labels.Subject, inner);
                return SemanticType.Boolean;
            case IndexExpression index:
                Check(index.Subject, inner);
                Check(index.Index, inner);
                return SemanticType.Any;
            case SliceExpression slice:
                CheckAll(Children(slice), inner);
                return SemanticType.List;
            case FunctionCall call:
                return CheckFunction(call, context);
            case CountStar countStar:
                CheckAggregatePlacement("count(*)", countStar, context);
                return SemanticType.Integer;
            case CaseExpression:
                CheckAll(Children(expression), inner);
                return SemanticType.Any;
            default:
                return CheckScoped(expression, context);
        }
    }

    private void CheckAll(IEnumerable<Expression> expressions, ExpressionContext context)
    {
        foreach (var expression in expressions)
        {
            Check(expression, context);
        }
    }

    /// <summary>Expressions that introduce their own variables or contain subqueries.</summary>
    private SemanticType CheckScoped(Expression expression, ExpressionContext context)
    {
        // Aggregates cannot run over the elements of a list or inside a nested pattern.
        var local = context with { Predicate = false, AllowAggregates = false, InsideAggregate = false };
        switch (expression)
        {
            case ListComprehension comprehension:
                CheckIteration(comprehension.Variable, comprehension.List, context, out var listScope);
                var body = local with { Scope = listScope };
                CheckPredicateIn(comprehension.Where, body);
                if (comprehension.Projection is not null)
                {
                    Check(comprehension.Projection, body);
                }
                return SemanticType.List;
            case QuantifierExpression quantifier:
                CheckIteration(quantifier.Variable, quantifier.List, context, out var quantifierScope);
                CheckPredicateIn(quantifier.Predicate, local with { Scope = quantifierScope });
                return SemanticType.Boolean;
            case ReduceExpression reduce:
                Check(reduce.Initial, context with { Predicate = false });
                Check(reduce.List, context with { Predicate = false });
                var reduceScope = new Scope(context.Scope);
                reduceScope.Bind(reduce.Accumulator.Name, SemanticType.Any);
                reduceScope.Bind(reduce.Variable.Name, ElementType(reduce.List));
                Check(reduce.Expression, local with { Scope = reduceScope });
                return SemanticType.Any;
            case PatternComprehension pattern:
                var patternScope = BindExpressionPattern(pattern.Pattern, context.Scope);
                if (pattern.PathVariable is { } path)
                {
                    patternScope.Bind(path.Name, SemanticType.Path);
                }
                CheckPredicateIn(pattern.Where, local with { Scope = patternScope });
                Check(pattern.Projection, local with { Scope = patternScope });
                return SemanticType.List;
            case PatternExpression patternExpression:
                if (!context.Predicate)
                {
                    Error(ErrorDetails.UnexpectedSyntax,
                        "A pattern expression should only be used in order to test the existence of a pattern. It can no longer be used inside the function size(), an alternative is to replace size() with COUNT {}.",
                        expression.Span);
                }
                CheckPatternVariablesBound(patternExpression.Pattern, context.Scope);
                BindExpressionPattern(patternExpression.Pattern, context.Scope);
                return SemanticType.Boolean;
            case ShortestPathExpression shortest:
                BindExpressionPattern(shortest.Pattern, context.Scope);
                return SemanticType.Path;
            case ExistsSubquery exists:
                AnalyzeQuery(exists.Query, context.Scope, QueryKind.Exists);
                return SemanticType.Boolean;
            case CountSubquery count:
                AnalyzeQuery(count.Query, context.Scope, QueryKind.Count);
                return SemanticType.Integer;
            case CollectSubquery collect:
                AnalyzeQuery(collect.Query, context.Scope, QueryKind.Collect);
                return SemanticType.List;
            case MapProjection projection:
                CheckAll(Children(projection), context with { Predicate = false });
                return SemanticType.Map;
            default:
                return SemanticType.Any;
        }
    }

    /// <summary>The list of a comprehension is evaluated outside it, so aggregates there are the caller's business.</summary>
    /// <summary>A pattern used as a predicate may not introduce variables (only EXISTS { } may).</summary>
    private void CheckPatternVariablesBound(PatternElement element, Scope scope)
    {
        var variables = element.Nodes.Select(n => n.Variable).Concat(element.Relationships.Select(r => r.Variable));
        foreach (var variable in variables)
        {
            if (variable is not null && !scope.Contains(variable.Name))
            {
                Error(ErrorDetails.UndefinedVariable, $"Variable `{variable.Name}` not defined", variable.Span);
            }
        }
    }

    private void CheckIteration(Variable variable, Expression list, ExpressionContext context, out Scope scope)
    {
        Check(list, context with { Predicate = false });
        scope = new Scope(context.Scope);
        scope.Bind(variable.Name, ElementType(list));
    }

    private void CheckPredicateIn(Expression? predicate, ExpressionContext context)
    {
        if (predicate is null)
        {
            return;
        }
        var type = Check(predicate, context with { Predicate = true });
        if (!IsBooleanCompatible(type))
        {
            Error(ErrorDetails.InvalidArgumentType, $"Type mismatch: expected Boolean but was {type}", predicate.Span);
        }
    }

    private void CheckPropertySubject(PropertyAccess property, SemanticType subject)
    {
        // Other non-map values fail at run time (TypeError), as the TCK expects; a path never has properties.
        if (subject is SemanticType.Path)
        {
            Error(ErrorDetails.InvalidArgumentType,
                $"Type mismatch: expected Map, Node, Relationship, Point, Duration, Date, Time, LocalTime, LocalDateTime or DateTime but was {subject}",
                property.Subject.Span);
        }
    }

    private static SemanticType LiteralType(object? value) => value switch
    {
        null => SemanticType.Null,
        bool => SemanticType.Boolean,
        long => SemanticType.Integer,
        double => SemanticType.Float,
        string => SemanticType.String,
        _ => SemanticType.Any,
    };

    /// <summary>The element type of a list literal whose items are literals of one type; otherwise Any.</summary>
    private static SemanticType ElementType(Expression list)
    {
        if (list is not ListLiteral literal || literal.Items.Count == 0 || literal.Items.Any(i => i is not Literal))
        {
            return SemanticType.Any;
        }
        var types = literal.Items.Select(i => LiteralType(((Literal)i).Value)).Distinct().ToList();
        return types.Count == 1 ? types[0] : SemanticType.Any;
    }

    private static bool IsBooleanCompatible(SemanticType type) =>
        type is SemanticType.Any or SemanticType.Null or SemanticType.Boolean;
}
