using Graph.Cypher.Ast;

namespace Graph.Engine.Evaluation;

internal sealed partial class ExpressionCompiler
{
    private Evaluator CompilePatternComprehension(PatternComprehension comprehension, Scope scope)
    {
        var (step, inner) = _planner.PlanPatternPart(comprehension.PathVariable, comprehension.Pattern, PathSelector.None, scope);
        var where = comprehension.Where is null ? null : CompilePredicate(comprehension.Where, inner);
        var projection = Compile(comprehension.Projection, inner);
        return (row, context) =>
        {
            var result = new List<object?>();
            foreach (var match in step([row], context))
            {
                if (where is null || where(match, context) is true)
                {
                    result.Add(projection(match, context));
                }
            }
            return result;
        };
    }

    /// <summary>A pattern used as a value: the list of paths it matches.</summary>
    private Evaluator CompilePatternExpression(PatternExpression pattern, Scope scope)
    {
        var pathName = _planner.NewAnonymousName();
        var (step, inner) = _planner.PlanPatternPart(new Variable(pattern.Span, pathName), pattern.Pattern, PathSelector.None, scope);
        inner.TryGet(pathName, out var pathSlot);
        return (row, context) => step([row], context).Select(match => match[pathSlot]).ToList();
    }

    private Evaluator CompileExists(ExistsSubquery exists, Scope scope)
    {
        var (step, _, _) = _planner.PlanQuery(exists.Query, scope);
        return (row, context) => step([row], context).Any();
    }

    private Evaluator CompileCountSubquery(CountSubquery count, Scope scope)
    {
        var (step, _, _) = _planner.PlanQuery(count.Query, scope);
        return (row, context) => (long)step([row], context).Count();
    }

    private Evaluator CompileCollectSubquery(CollectSubquery collect, Scope scope)
    {
        var (step, _, columns) = _planner.PlanQuery(collect.Query, scope);
        var slot = columns.Count > 0 ? columns[0].Slot : -1;
        return (row, context) => step([row], context).Select(r => slot < 0 ? null : r[slot]).ToList();
    }

    private Evaluator CompileShortestPathExpression(ShortestPathExpression shortest, Scope scope)
    {
        var pathName = _planner.NewAnonymousName();
        var selector = shortest.All ? PathSelector.AllShortestPaths : PathSelector.ShortestPath;
        var (step, inner) = _planner.PlanPatternPart(new Variable(shortest.Span, pathName), shortest.Pattern, selector, scope);
        inner.TryGet(pathName, out var pathSlot);
        if (shortest.All)
        {
            return (row, context) => step([row], context).Select(match => match[pathSlot]).ToList();
        }
        return (row, context) => step([row], context).Select(match => match[pathSlot]).FirstOrDefault();
    }
}
