using Graph.Cypher.Ast;
using Graph.Cypher.Diagnostics;

namespace Graph.Engine.Semantics;

public sealed partial class SemanticAnalyzer
{
    /// <summary>
    /// WITH / RETURN: items see the input scope; the output scope holds only the projected names (plus the
    /// input for *). ORDER BY sees input and output unless the projection is DISTINCT or aggregating, in which
    /// case only output names and repeated projection expressions.
    /// </summary>
    private Scope AnalyzeProjection(ProjectionBody body, Scope input, bool isWith, Expression? where)
    {
        if (!isWith && body.IncludeExisting && input.Names.Count == 0)
        {
            Error(ErrorDetails.NoVariablesInScope,
                $"{(isWith ? "WITH" : "RETURN")} * is not allowed when there are no variables in scope", body.Span);
        }
        var output = body.IncludeExisting ? new Scope(input) : new Scope();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var aggregating = body.Items.Any(i => ContainsAggregate(i.Expression));
        foreach (var item in body.Items)
        {
            var type = Check(item.Expression, new ExpressionContext(input, AllowAggregates: true));
            if (!names.Add(item.Name))
            {
                Error(ErrorDetails.ColumnNameConflict,
                    $"Multiple result columns with the same name are not supported", item.Span);
            }
            output.Bind(item.Name, type);
        }
        var groupingKeys = body.Items.Where(i => !ContainsAggregate(i.Expression)).ToList();
        if (aggregating)
        {
            foreach (var item in body.Items.Where(i => ContainsAggregate(i.Expression)))
            {
                CheckAmbiguousAggregation(item.Expression, groupingKeys, aliases: null);
            }
        }
        AnalyzeOrderBy(body, input, output, aggregating, groupingKeys);
        foreach (var item in body.Items.Where(i => isWith && i.Alias is null && i.Expression is not Variable))
        {
            Error(ErrorDetails.NoExpressionAlias, "Expression in WITH must be aliased (use AS)", item.Expression.Span);
        }
        CheckConstantCount(body.Skip, "SKIP", input);
        CheckConstantCount(body.Limit, "LIMIT", input);
        // WITH ... WHERE may still read the variables the projection dropped (openCypher scoping of oC_Where).
        CheckPredicate(where, aggregating ? output : Merge(input, output));
        return output;
    }

    private void AnalyzeOrderBy(ProjectionBody body, Scope input, Scope output, bool aggregating, List<ProjectionItem> groupingKeys)
    {
        if (body.OrderBy.Count == 0)
        {
            return;
        }
        var projected = body.Items.Select(i => Normalize(i.Expression)).ToHashSet(StringComparer.Ordinal);
        var scope = body.Distinct || aggregating ? output : Merge(input, output);
        var aliases = body.Items.Where(i => !ContainsAggregate(i.Expression)).Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var sort in body.OrderBy)
        {
            Check(sort.Expression, new ExpressionContext(scope, AllowAggregates: aggregating, ProjectedTexts: projected));
            if (aggregating && ContainsAggregate(sort.Expression))
            {
                CheckAmbiguousAggregation(sort.Expression, groupingKeys, aliases);
            }
        }
    }

    private static Scope Merge(Scope input, Scope output)
    {
        var scope = new Scope(input);
        foreach (var name in output.Names)
        {
            scope.Bind(name, output.TryGet(name, out var type) ? type : SemanticType.Any);
        }
        return scope;
    }

    /// <summary>SKIP / LIMIT take a constant non-negative integer (NonConstantExpression, NegativeIntegerArgument, InvalidArgumentType).</summary>
    private void CheckConstantCount(Expression? expression, string clause, Scope scope)
    {
        if (expression is null)
        {
            return;
        }
        if (ReferencesVariables(expression))
        {
            Error(ErrorDetails.NonConstantExpression,
                $"It is not allowed to refer to variables in {clause}, so that the value for {clause} can be statically calculated",
                expression.Span);
            return;
        }
        Check(expression, new ExpressionContext(new Scope()));
        if (expression is Literal { Value: long value } && value < 0)
        {
            Error(ErrorDetails.NegativeIntegerArgument,
                $"Invalid input. '{value}' is not a valid value. Must be a non-negative integer.", expression.Span);
        }
        else if (expression is Literal { Value: double or string or bool })
        {
            Error(ErrorDetails.InvalidArgumentType,
                $"Invalid input. '{Normalize(expression)}' is not a valid value. Must be a non-negative integer.", expression.Span);
        }
    }

    /// <summary>
    /// In an aggregating expression every variable outside the aggregate calls must be a grouping key: a
    /// projected variable, or part of a projected variable/property expression repeated verbatim.
    /// </summary>
    private void CheckAmbiguousAggregation(Expression expression, List<ProjectionItem> groupingKeys, HashSet<string>? aliases)
    {
        var keyTexts = groupingKeys.Where(k => k.Expression is Variable or PropertyAccess)
            .Select(k => Normalize(k.Expression)).ToHashSet(StringComparer.Ordinal);
        var keyVariables = groupingKeys.Where(k => k.Expression is Variable).Select(k => ((Variable)k.Expression).Name)
            .ToHashSet(StringComparer.Ordinal);
        if (aliases is not null)
        {
            keyVariables.UnionWith(aliases);
        }
        var offending = FindUngroupedVariable(expression, keyTexts, keyVariables);
        if (offending is not null)
        {
            Error(ErrorDetails.AmbiguousAggregationExpression,
                $"Aggregation column contains implicit grouping expressions. For example, in 'RETURN n.a, n.a + n.b + count(*)' the aggregation expression 'n.a + n.b + count(*)' includes the implicit grouping key 'n.b'. It may be possible to rewrite the query by extracting these grouping/aggregation expressions into a preceding WITH clause. Illegal expression(s): {offending.Name}",
                offending.Span);
        }
    }

    private Variable? FindUngroupedVariable(Expression expression, HashSet<string> keyTexts, HashSet<string> keyVariables)
    {
        if (IsAggregateCall(expression) || keyTexts.Contains(Normalize(expression)))
        {
            return null;
        }
        return expression switch
        {
            Variable variable => keyVariables.Contains(variable.Name) ? null : variable,
            ListComprehension or QuantifierExpression or ReduceExpression or PatternComprehension or
                ExistsSubquery or CountSubquery or CollectSubquery or PatternExpression => null,
            _ => Children(expression).Select(c => FindUngroupedVariable(c, keyTexts, keyVariables)).FirstOrDefault(v => v is not null),
        };
    }

    private static bool IsAggregateCall(Expression expression) =>
        expression is CountStar || (expression is FunctionCall call && KnownFunctions.IsAggregate(call.Name));

    private static bool ContainsAggregate(Expression expression) =>
        IsAggregateCall(expression) ||
        (expression is not (ExistsSubquery or CountSubquery or CollectSubquery) && Children(expression).Any(ContainsAggregate));

    private static bool ReferencesVariables(Expression expression) =>
        expression is Variable or PatternExpression || Children(expression).Any(ReferencesVariables);
}
