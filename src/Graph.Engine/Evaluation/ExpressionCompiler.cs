using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Graph.Core;
using Graph.Core.Values;
using Graph.Cypher.Ast;
using Graph.Engine.Execution;
using Graph.Engine.Planning;
using Graph.Engine.Temporal;
using Graph.Engine.Values;

namespace Graph.Engine.Evaluation;

/// <summary>
/// Compiles AST expressions into <see cref="Evaluator"/> closures once per plan (Jint's AST → node approach):
/// evaluation then walks no tree and allocates only the values it produces. The compiled closures capture
/// slots and constants only, so a cached plan runs concurrently in many statements. Not thread-safe while
/// compiling (one per query compilation).
/// </summary>
internal sealed partial class ExpressionCompiler
{
    private static readonly ConcurrentDictionary<string, Regex> Regexes = new(StringComparer.Ordinal);

    private readonly QueryPlanner _planner;

    public ExpressionCompiler(QueryPlanner planner)
    {
        _planner = planner;
    }

    /// <summary>Aggregate calls already computed by an aggregation step, read from these slots.</summary>
    public Dictionary<Expression, int> AggregateSlots { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Projection items computed earlier in the same clause (ORDER BY after DISTINCT or aggregation).</summary>
    public Dictionary<string, int> ProjectedTexts { get; } = new(StringComparer.Ordinal);

    public Evaluator Compile(Expression expression, Scope scope)
    {
        var evaluator = CompileNode(expression, scope);
        return IsConstant(expression) ? Fold(expression, evaluator) : evaluator;
    }

    /// <summary>
    /// Constant expressions are evaluated once at compile time; a type error there is a compile-time error,
    /// as Neo4j's semantic check reports for literals (RETURN true AND 123). Other failures (division by
    /// zero, overflow, a function rejecting a value) stay run-time errors, so such expressions are left unfolded.
    /// </summary>
    private Evaluator Fold(Expression expression, Evaluator evaluator)
    {
        object? value;
        try
        {
            value = evaluator(new object?[_planner.Slots.Count], FoldingContext);
        }
        catch (GraphException error) when (error.Code == StatusCodes.TypeError && error.Detail == "InvalidArgumentType")
        {
            throw new GraphException(StatusCodes.SyntaxError, error.Message, error.Detail, expression.Span);
        }
        catch (Exception)
        {
            return evaluator;
        }
        return (_, _) => value;
    }

    private static readonly QueryContext FoldingContext = new(null!, new Dictionary<string, object?>(),
        Functions.FunctionContext.Now(), null!, 0, CancellationToken.None);

    private bool IsConstant(Expression expression)
    {
        if (AggregateSlots.Count > 0 || ProjectedTexts.Count > 0)
        {
            return false;
        }
        return expression is not (Literal or Variable or Parameter) && IsConstantTree(expression, []);
    }

    /// <summary>True when nothing in the tree depends on the row, the graph or the clock; <paramref name="local"/> are comprehension variables.</summary>
    private static bool IsConstantTree(AstNode node, HashSet<string> local)
    {
        switch (node)
        {
            case Variable variable:
                return local.Contains(variable.Name);
            case ListComprehension or QuantifierExpression or ReduceExpression:
                local = new HashSet<string>(local, StringComparer.Ordinal);
                switch (node)
                {
                    case ListComprehension comprehension: local.Add(comprehension.Variable.Name); break;
                    case QuantifierExpression quantifier: local.Add(quantifier.Variable.Name); break;
                    case ReduceExpression reduce: local.Add(reduce.Variable.Name); local.Add(reduce.Accumulator.Name); break;
                }
                break;
            case Parameter or CountStar or PatternExpression or PatternComprehension or ExistsSubquery
                or CountSubquery or CollectSubquery or ShortestPathExpression or MapProjection:
                return false;
            case FunctionCall call:
                if (call.Arguments.Count == 0 || Aggregates.IsAggregate(call.Name)
                    || !Functions.FunctionRegistry.Builtins.TryGet(call.Name, out var function) || !function.IsDeterministic)
                {
                    return false;
                }
                break;
        }
        foreach (var child in AstWalker.Children(node))
        {
            if (!IsConstantTree(child, local))
            {
                return false;
            }
        }
        return true;
    }

    private Evaluator CompileNode(Expression expression, Scope scope)
    {
        if (AggregateSlots.TryGetValue(expression, out var aggregateSlot))
        {
            return (row, _) => row[aggregateSlot];
        }
        if (ProjectedTexts.Count > 0 && expression is not Variable && ProjectedTexts.TryGetValue(_planner.TextOf(expression), out var projected))
        {
            return (row, _) => row[projected];
        }
        return expression switch
        {
            Literal literal => Constant(literal.Value),
            Parameter parameter => CompileParameter(parameter),
            Variable variable => CompileVariable(variable, scope),
            PropertyAccess access => CompilePropertyAccess(access, scope),
            BinaryExpression binary => CompileBinary(binary, scope),
            UnaryExpression unary => CompileUnary(unary, scope),
            IsNullExpression isNull => CompileIsNull(isNull, scope),
            HasLabelsExpression hasLabels => CompileHasLabels(hasLabels, scope),
            ListLiteral list => CompileList(list, scope),
            MapLiteral map => CompileMap(map, scope),
            IndexExpression index => CompileIndex(index, scope),
            SliceExpression slice => CompileSlice(slice, scope),
            CaseExpression caseExpression => CompileCase(caseExpression, scope),
            FunctionCall call => CompileFunction(call, scope),
            CountStar star => throw Aggregation(star),
            ListComprehension comprehension => CompileListComprehension(comprehension, scope),
            QuantifierExpression quantifier => CompileQuantifier(quantifier, scope),
            ReduceExpression reduce => CompileReduce(reduce, scope),
            MapProjection projection => CompileMapProjection(projection, scope),
            PatternComprehension comprehension => CompilePatternComprehension(comprehension, scope),
            PatternExpression pattern => CompilePatternExpression(pattern, scope),
            ExistsSubquery exists => CompileExists(exists, scope),
            CountSubquery count => CompileCountSubquery(count, scope),
            CollectSubquery collect => CompileCollectSubquery(collect, scope),
            ShortestPathExpression shortest => CompileShortestPathExpression(shortest, scope),
            _ => throw new GraphException(StatusCodes.SyntaxError, $"Unsupported expression {expression.GetType().Name}", "UnexpectedSyntax", expression.Span),
        };
    }

    /// <summary>Compiles an expression used as a predicate: a bare pattern there means "such a path exists".</summary>
    public Evaluator CompilePredicate(Expression expression, Scope scope)
    {
        switch (expression)
        {
            case PatternExpression pattern:
                var exists = _planner.PlanPatternExists(pattern.Pattern, scope);
                return (row, context) => exists(row, context);
            case UnaryExpression { Operator: UnaryOperator.Not } not:
                var operand = CompilePredicate(not.Operand, scope);
                return (row, context) => CypherLogic.Not(operand(row, context));
            case BinaryExpression { Operator: BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Xor } logical:
                return CompileLogical(logical.Operator, CompilePredicate(logical.Left, scope), CompilePredicate(logical.Right, scope));
            default:
                return Compile(expression, scope);
        }
    }

    public static Evaluator Constant(object? value) => (_, _) => value;

    /// <summary>Names of the parameters the statement reads; all must be given before it runs.</summary>
    public HashSet<string> Parameters { get; } = new(StringComparer.Ordinal);

    public string UsesParameter(string name)
    {
        Parameters.Add(name);
        return name;
    }

    private Evaluator CompileParameter(Parameter parameter)
    {
        var name = UsesParameter(parameter.Name);
        return (_, context) => context.Parameters.TryGetValue(name, out var value)
            ? value
            : throw new GraphException(StatusCodes.ParameterMissing, $"Expected parameter(s): {name}", "MissingParameter");
    }

    private static Evaluator CompileVariable(Variable variable, Scope scope)
    {
        if (!scope.TryGet(variable.Name, out var slot))
        {
            throw new GraphException(StatusCodes.SyntaxError, $"Variable `{variable.Name}` not defined", "UndefinedVariable", variable.Span);
        }
        return (row, _) => row[slot];
    }

    /// <summary>Slots that hold a projected literal (WITH 123 AS x) and its type: x.prop is a compile-time error.</summary>
    public Dictionary<int, string> ConstantTypes { get; } = [];

    private Evaluator CompilePropertyAccess(PropertyAccess access, Scope scope)
    {
        if (access.Subject is Variable variable && scope.TryGet(variable.Name, out var subjectSlot)
            && ConstantTypes.TryGetValue(subjectSlot, out var type))
        {
            throw new GraphException(StatusCodes.TypeError,
                $"Type mismatch: expected Map, Node, Relationship, Point, Duration, Date, Time, LocalTime, LocalDateTime or DateTime but was {type}",
                "InvalidArgumentType", access.Subject.Span);
        }
        var subject = Compile(access.Subject, scope);
        var key = access.Key;
        return (row, context) => Property(subject(row, context), key, context);
    }

    public static object? Property(object? subject, string key, QueryContext context)
    {
        switch (subject)
        {
            case null:
                return null;
            case Node node:
                var nodeRecord = context.Transaction.Node(node.Id);
                if (nodeRecord is null)
                {
                    return context.Transaction.IsDeletedNode(node.Id)
                        ? throw QueryContext.EntityGone("Node", node.Id)
                        : node.Properties.GetValueOrDefault(key);
                }
                return nodeRecord.Properties.GetValueOrDefault(key);
            case Relationship relationship:
                var relRecord = context.Transaction.Relationship(relationship.Id);
                if (relRecord is null)
                {
                    return context.Transaction.IsDeletedRelationship(relationship.Id)
                        ? throw QueryContext.EntityGone("Relationship", relationship.Id)
                        : relationship.Properties.GetValueOrDefault(key);
                }
                return relRecord.Properties.GetValueOrDefault(key);
            case IReadOnlyDictionary<string, object?> map:
                return map.GetValueOrDefault(key);
            default:
                if (TemporalComponents.TryGet(subject, key, out var component))
                {
                    return component;
                }
                if (subject is CypherPoint point && PointComponent(point, key, out var pointValue))
                {
                    return pointValue;
                }
                throw RuntimeErrors.TypeError(
                    $"Type mismatch: expected a map, node or relationship but was {CypherValue.TypeName(subject)}", "PropertyAccessOnNonMap");
        }
    }

    private static bool PointComponent(CypherPoint point, string key, out object? value)
    {
        value = key switch
        {
            "x" or "longitude" => point.X,
            "y" or "latitude" => point.Y,
            "z" or "height" => point.Z,
            "srid" => (long)point.Srid,
            _ => null,
        };
        return key is "x" or "y" or "z" or "longitude" or "latitude" or "height" or "srid";
    }

    private Evaluator CompileBinary(BinaryExpression binary, Scope scope)
    {
        if (binary.Operator is BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Xor)
        {
            return CompileLogical(binary.Operator, Compile(binary.Left, scope), Compile(binary.Right, scope));
        }
        var left = Compile(binary.Left, scope);
        var right = Compile(binary.Right, scope);
        switch (binary.Operator)
        {
            case BinaryOperator.Equal: return (row, c) => CypherComparer.Equal(left(row, c), right(row, c));
            case BinaryOperator.NotEqual: return (row, c) => CypherComparer.NotEqual(left(row, c), right(row, c));
            case BinaryOperator.LessThan: return (row, c) => CypherComparer.LessThan(left(row, c), right(row, c));
            case BinaryOperator.LessThanOrEqual: return (row, c) => CypherComparer.LessThanOrEqual(left(row, c), right(row, c));
            case BinaryOperator.GreaterThan: return (row, c) => CypherComparer.GreaterThan(left(row, c), right(row, c));
            case BinaryOperator.GreaterThanOrEqual: return (row, c) => CypherComparer.GreaterThanOrEqual(left(row, c), right(row, c));
            case BinaryOperator.StartsWith: return (row, c) => StringTest(left(row, c), right(row, c), static (a, b) => a.StartsWith(b, StringComparison.Ordinal));
            case BinaryOperator.EndsWith: return (row, c) => StringTest(left(row, c), right(row, c), static (a, b) => a.EndsWith(b, StringComparison.Ordinal));
            case BinaryOperator.Contains: return (row, c) => StringTest(left(row, c), right(row, c), static (a, b) => a.Contains(b, StringComparison.Ordinal));
            case BinaryOperator.RegexMatch: return (row, c) => RegexMatch(left(row, c), right(row, c));
            case BinaryOperator.In: return (row, c) => In(left(row, c), right(row, c));
            case BinaryOperator.Add: return (row, c) => CypherArithmetic.Apply(ArithmeticOperator.Add, left(row, c), right(row, c));
            case BinaryOperator.Subtract: return (row, c) => CypherArithmetic.Apply(ArithmeticOperator.Subtract, left(row, c), right(row, c));
            case BinaryOperator.Multiply: return (row, c) => CypherArithmetic.Apply(ArithmeticOperator.Multiply, left(row, c), right(row, c));
            case BinaryOperator.Divide: return (row, c) => CypherArithmetic.Apply(ArithmeticOperator.Divide, left(row, c), right(row, c));
            case BinaryOperator.Modulo: return (row, c) => CypherArithmetic.Apply(ArithmeticOperator.Modulo, left(row, c), right(row, c));
            case BinaryOperator.Power: return (row, c) => CypherArithmetic.Apply(ArithmeticOperator.Power, left(row, c), right(row, c));
            default: throw new GraphException(StatusCodes.SyntaxError, $"Unsupported operator {binary.Operator}", "UnexpectedSyntax", binary.Span);
        }
    }

    private static Evaluator CompileLogical(BinaryOperator op, Evaluator left, Evaluator right) => op switch
    {
        BinaryOperator.And => (row, c) => CypherLogic.And(left(row, c), right(row, c)),
        BinaryOperator.Or => (row, c) => CypherLogic.Or(left(row, c), right(row, c)),
        _ => (row, c) => CypherLogic.Xor(left(row, c), right(row, c)),
    };

    private static object? StringTest(object? left, object? right, Func<string, string, bool> test) =>
        left is string a && right is string b ? test(a, b) : null;

    private static object? RegexMatch(object? left, object? right)
    {
        if (left is not string text || right is not string pattern)
        {
            return null;
        }
        var regex = Regexes.GetOrAdd(pattern, static p =>
        {
            try
            {
                return new Regex("^(?:" + p + ")$", RegexOptions.CultureInvariant);
            }
            catch (ArgumentException error)
            {
                throw RuntimeErrors.ArgumentError($"Invalid Regex: {error.Message}", "InvalidArgumentValue");
            }
        });
        return regex.IsMatch(text);
    }

    public static object? In(object? value, object? list)
    {
        if (list is null)
        {
            return null;
        }
        if (list is not IReadOnlyList<object?> items)
        {
            throw RuntimeErrors.InvalidArgumentType("List", list);
        }
        var sawNull = false;
        foreach (var item in items)
        {
            var equal = CypherComparer.Equal(value, item);
            if (equal == true)
            {
                return true;
            }
            sawNull |= equal is null;
        }
        return sawNull ? null : false;
    }

    private Evaluator CompileUnary(UnaryExpression unary, Scope scope)
    {
        var operand = Compile(unary.Operand, scope);
        return unary.Operator switch
        {
            UnaryOperator.Not => (row, c) => CypherLogic.Not(operand(row, c)),
            UnaryOperator.Negate => (row, c) => CypherArithmetic.Negate(operand(row, c)),
            _ => (row, c) => operand(row, c) switch
            {
                null => null,
                long or double => operand(row, c),
                var other => throw RuntimeErrors.InvalidArgumentType("a number", other),
            },
        };
    }

    private Evaluator CompileIsNull(IsNullExpression isNull, Scope scope)
    {
        var operand = Compile(isNull.Operand, scope);
        return isNull.Negated ? (row, c) => operand(row, c) is not null : (row, c) => operand(row, c) is null;
    }

    private Evaluator CompileHasLabels(HasLabelsExpression hasLabels, Scope scope)
    {
        var subject = Compile(hasLabels.Subject, scope);
        var labels = hasLabels.Labels.ToArray();
        return (row, context) => subject(row, context) switch
        {
            null => null,
            Node node => (context.Transaction.Node(node.Id)?.Labels ?? [.. node.Labels]) is var own && labels.All(own.Contains),
            Relationship relationship => labels.All(l => l == relationship.Type),
            var other => throw RuntimeErrors.InvalidArgumentType("Node", other),
        };
    }

    private Evaluator CompileList(ListLiteral list, Scope scope)
    {
        var items = list.Items.Select(i => Compile(i, scope)).ToArray();
        return (row, context) =>
        {
            var values = new List<object?>(items.Length);
            foreach (var item in items)
            {
                values.Add(item(row, context));
            }
            return values;
        };
    }

    private Evaluator CompileMap(MapLiteral map, Scope scope)
    {
        var keys = map.Entries.Select(e => e.Key).ToArray();
        var values = map.Entries.Select(e => Compile(e.Value, scope)).ToArray();
        return (row, context) =>
        {
            var result = new Dictionary<string, object?>(keys.Length, StringComparer.Ordinal);
            for (var i = 0; i < keys.Length; i++)
            {
                result[keys[i]] = values[i](row, context);
            }
            return result;
        };
    }

    private Evaluator CompileCase(CaseExpression caseExpression, Scope scope)
    {
        var subject = caseExpression.Subject is null ? null : Compile(caseExpression.Subject, scope);
        var whens = caseExpression.Alternatives.Select(a => Compile(a.When, scope)).ToArray();
        var thens = caseExpression.Alternatives.Select(a => Compile(a.Then, scope)).ToArray();
        var otherwise = caseExpression.Else is null ? Constant(null) : Compile(caseExpression.Else, scope);
        return (row, context) =>
        {
            var value = subject?.Invoke(row, context);
            for (var i = 0; i < whens.Length; i++)
            {
                var when = whens[i](row, context);
                var matched = subject is null ? when is true : CypherComparer.Equal(value, when) == true;
                if (matched)
                {
                    return thens[i](row, context);
                }
            }
            return otherwise(row, context);
        };
    }

    private GraphException Aggregation(Expression expression) =>
        new(StatusCodes.SyntaxError, "Invalid use of aggregating function in this context", "InvalidAggregation", expression.Span);
}
