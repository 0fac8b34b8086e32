using Graph.Cypher.Ast;
using Graph.Cypher.Diagnostics;

namespace Graph.Engine.Semantics;

public sealed partial class SemanticAnalyzer
{
    /// <summary>Checks one clause against the incoming scope; returns the scope the next clause sees.</summary>
    private Scope AnalyzeClause(Clause clause, Scope scope)
    {
        switch (clause)
        {
            case MatchClause match:
                return AnalyzeMatch(match, scope);
            case UnwindClause unwind:
                return AnalyzeUnwind(unwind, scope);
            case WithClause with:
                return AnalyzeProjection(with.Body, scope, isWith: true, with.Where);
            case ReturnClause ret:
                return AnalyzeProjection(ret.Body, scope, isWith: false, where: null);
            case CreateClause create:
                return AnalyzeCreate(create.Pattern, scope);
            case MergeClause merge:
                return AnalyzeMerge(merge, scope);
            case SetClause set:
                AnalyzeSetItems(set.Items, scope);
                return scope;
            case RemoveClause remove:
                AnalyzeRemove(remove, scope);
                return scope;
            case DeleteClause delete:
                AnalyzeDelete(delete, scope);
                return scope;
            case ForeachClause loop:
                AnalyzeForeach(loop, scope);
                return scope;
            case CallClause call:
                return AnalyzeCall(call, scope);
            case SubqueryClause subquery:
                return AnalyzeSubquery(subquery, scope);
            default:
                return scope;
        }
    }

    private Scope AnalyzeMatch(MatchClause match, Scope scope)
    {
        var next = new Scope(scope);
        var boundHere = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in match.Pattern.Parts)
        {
            BindMatchPart(part, next, boundHere);
        }
        CheckPatternProperties(match.Pattern, next, allowParameters: false);
        CheckPredicate(match.Where, next);
        return next;
    }

    private void CheckPredicate(Expression? predicate, Scope scope)
    {
        if (predicate is null)
        {
            return;
        }
        var type = Check(predicate, new ExpressionContext(scope, Predicate: true));
        if (!IsBooleanCompatible(type))
        {
            Error(ErrorDetails.InvalidArgumentType,
                $"Type mismatch: expected Boolean but was {type}", predicate.Span);
        }
    }

    private Scope AnalyzeUnwind(UnwindClause unwind, Scope scope)
    {
        var listType = Check(unwind.Expression, new ExpressionContext(scope));
        var next = new Scope(scope);
        if (scope.Contains(unwind.Variable.Name))
        {
            Error(ErrorDetails.VariableAlreadyBound, $"Variable `{unwind.Variable.Name}` already declared", unwind.Variable.Span);
        }
        next.Bind(unwind.Variable.Name, listType == SemanticType.List ? ElementType(unwind.Expression) : SemanticType.Any);
        return next;
    }

    private void AnalyzeSetItems(IEnumerable<SetItem> items, Scope scope)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case SetPropertyItem property:
                    Check(property.Property.Subject, new ExpressionContext(scope));
                    Check(property.Value, new ExpressionContext(scope));
                    break;
                case SetPropertiesItem properties:
                    Check(properties.Target, new ExpressionContext(scope));
                    Check(properties.Value, new ExpressionContext(scope));
                    break;
                case SetLabelsItem labels:
                    Check(labels.Variable, new ExpressionContext(scope));
                    break;
            }
        }
    }

    private void AnalyzeRemove(RemoveClause remove, Scope scope)
    {
        foreach (var item in remove.Items)
        {
            if (item is RemovePropertyItem property)
            {
                Check(property.Property.Subject, new ExpressionContext(scope));
            }
            else if (item is RemoveLabelsItem labels)
            {
                Check(labels.Variable, new ExpressionContext(scope));
            }
        }
    }

    private void AnalyzeDelete(DeleteClause delete, Scope scope)
    {
        foreach (var expression in delete.Expressions)
        {
            if (expression is HasLabelsExpression)
            {
                Error(ErrorDetails.InvalidDelete,
                    "Invalid input: DELETE doesn't support removing labels from a node. Try REMOVE.", expression.Span);
                continue;
            }
            var type = Check(expression, new ExpressionContext(scope));
            if (type is SemanticType.Integer or SemanticType.Float or SemanticType.String or SemanticType.Boolean or SemanticType.Map)
            {
                Error(ErrorDetails.InvalidArgumentType,
                    $"Type mismatch: expected Node, Path or Relationship but was {type}", expression.Span);
            }
        }
    }

    private void AnalyzeForeach(ForeachClause loop, Scope scope)
    {
        var listType = Check(loop.List, new ExpressionContext(scope));
        var inner = new Scope(scope);
        if (scope.Contains(loop.Variable.Name))
        {
            Error(ErrorDetails.VariableAlreadyBound, $"Variable `{loop.Variable.Name}` already declared", loop.Variable.Span);
        }
        inner.Bind(loop.Variable.Name, listType == SemanticType.List ? ElementType(loop.List) : SemanticType.Any);
        foreach (var clause in loop.Clauses)
        {
            if (!IsUpdating(clause))
            {
                Error(ErrorDetails.InvalidClauseComposition, "Invalid use of a non-updating clause inside FOREACH", clause.Span);
            }
            inner = AnalyzeClause(clause, inner);
        }
    }

    private Scope AnalyzeCall(CallClause call, Scope scope)
    {
        foreach (var argument in call.Arguments ?? [])
        {
            Check(argument, new ExpressionContext(scope));
        }
        var next = new Scope(scope);
        var yielded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in call.Yield ?? [])
        {
            var name = item.Variable.Name;
            if (!yielded.Add(name) || scope.Contains(name))
            {
                Error(ErrorDetails.VariableAlreadyBound, $"Variable `{name}` already declared", item.Variable.Span);
            }
            next.Bind(name, SemanticType.Any);
        }
        CheckPredicate(call.Where, next);
        return next;
    }

    private Scope AnalyzeSubquery(SubqueryClause subquery, Scope scope)
    {
        var inner = new Scope();
        if (subquery.ImportVariables is null || subquery.ImportAll)
        {
            inner = new Scope(scope);
        }
        else
        {
            foreach (var variable in subquery.ImportVariables)
            {
                Check(variable, new ExpressionContext(scope));
                inner.Bind(variable.Name, scope.TryGet(variable.Name, out var type) ? type : SemanticType.Any);
            }
        }
        var columns = AnalyzeQuery(subquery.Query, inner, QueryKind.CallSubquery);
        var next = new Scope(scope);
        foreach (var column in columns)
        {
            if (scope.Contains(column))
            {
                Error(ErrorDetails.VariableAlreadyBound, $"Variable `{column}` already declared in outer scope", subquery.Span);
            }
            next.Bind(column, SemanticType.Any);
        }
        return next;
    }
}
