using Graph.Core.Values;
using Graph.Cypher.Ast;
using Graph.Engine.Evaluation;
using Graph.Engine.Execution;
using Graph.Engine.Values;
using Graph.Storage.Store;

namespace Graph.Engine.Planning;

internal sealed partial class QueryPlanner
{
    private Step PlanMatch(MatchClause match, ref Scope scope)
    {
        var before = scope;
        var steps = new List<Step>();
        var uniqueness = new List<int>();
        var seekHints = match.Where is null ? [] : EqualityConjuncts(match.Where);
        // WHERE conjuncts are applied as soon as the pattern parts binding their variables are matched, so
        // MATCH (a), (b) WHERE a.x = 1 filters a before forming the product.
        var pending = match.Where is null ? [] : Conjuncts(match.Where).Select(c => (Predicate: c, Names: AstWalker.VariableNames(c))).ToList();
        foreach (var part in match.Pattern.Parts)
        {
            steps.Add(PlanPatternPart(part, ref scope, uniqueness, before, seekHints));
            var current = scope;
            var ready = pending.Where(p => p.Names.All(current.Contains)).ToList();
            foreach (var conjunct in ready)
            {
                steps.Add(Filter(Expressions.CompilePredicate(conjunct.Predicate, scope)));
                pending.Remove(conjunct);
            }
        }
        foreach (var conjunct in pending)
        {
            steps.Add(Filter(Expressions.CompilePredicate(conjunct.Predicate, scope)));
        }
        var inner = Compose(steps);
        if (!match.Optional)
        {
            return inner;
        }
        return (input, context) => Optional(input, inner, context);
    }

    private static IEnumerable<Expression> Conjuncts(Expression expression)
    {
        if (expression is BinaryExpression { Operator: BinaryOperator.And } and)
        {
            return Conjuncts(and.Left).Concat(Conjuncts(and.Right));
        }
        return [expression];
    }

    private static IEnumerable<object?[]> Optional(IEnumerable<object?[]> input, Step inner, QueryContext context)
    {
        foreach (var row in input)
        {
            var any = false;
            foreach (var result in inner([row], context))
            {
                any = true;
                yield return result;
            }
            if (!any)
            {
                yield return row;
            }
        }
    }

    public static Step Filter(Evaluator predicate) => (input, context) => input.Where(row => predicate(row, context) is true);

    /// <summary>WHERE conjuncts of the form v.key = expression, candidates for an index seek on v.</summary>
    private static List<(string Variable, string Key, Expression Value)> EqualityConjuncts(Expression where)
    {
        var result = new List<(string, string, Expression)>();
        void Visit(Expression expression)
        {
            if (expression is BinaryExpression { Operator: BinaryOperator.And } and)
            {
                Visit(and.Left);
                Visit(and.Right);
            }
            else if (expression is BinaryExpression { Operator: BinaryOperator.Equal } equal)
            {
                if (equal.Left is PropertyAccess { Subject: Variable left } leftAccess)
                {
                    result.Add((left.Name, leftAccess.Key, equal.Right));
                }
                if (equal.Right is PropertyAccess { Subject: Variable right } rightAccess)
                {
                    result.Add((right.Name, rightAccess.Key, equal.Left));
                }
                if (IdentityCall(equal.Left) is { } leftId)
                {
                    result.Add((leftId.Variable, leftId.Key, equal.Right));
                }
                if (IdentityCall(equal.Right) is { } rightId)
                {
                    result.Add((rightId.Variable, rightId.Key, equal.Left));
                }
            }
        }
        Visit(where);
        return result;
    }

    /// <summary>Pseudo property keys for id(n) = x and elementId(n) = x, seeks by identity.</summary>
    private const string IdKey = "\0id";
    private const string ElementIdKey = "\0elementId";

    private static (string Variable, string Key)? IdentityCall(Expression expression) => expression switch
    {
        FunctionCall { Arguments: [Variable variable] } call when call.Name.Equals("id", StringComparison.OrdinalIgnoreCase) =>
            (variable.Name, IdKey),
        FunctionCall { Arguments: [Variable variable] } call when call.Name.Equals("elementId", StringComparison.OrdinalIgnoreCase) =>
            (variable.Name, ElementIdKey),
        _ => null,
    };

    /// <summary>
    /// Plans one pattern part: bind a start node (already bound, index seek, label scan or all nodes), then
    /// expand right to the last node and left to the first. <paramref name="uniqueness"/> collects the
    /// relationship slots of the whole MATCH so no relationship is used twice in one match.
    /// </summary>
    internal Step PlanPatternPart(PatternPart part, ref Scope scope, List<int> uniqueness, Scope before,
        List<(string Variable, string Key, Expression Value)> seekHints)
    {
        var element = part.Element;
        var bound = new HashSet<int>(scope.Slots.Values);
        var plan = AssignSlots(part, ref scope);
        if (part.Selector != PathSelector.None)
        {
            return PlanShortestPath(part, plan, scope, bound, uniqueness, before, seekHints);
        }
        var steps = new List<Step>();
        var start = ChooseStart(element, plan, bound, before, seekHints);
        steps.Add(PlanNodeStart(element.Nodes[start], plan.NodeSlots[start], bound, scope, before, seekHints));
        bound.Add(plan.NodeSlots[start]);
        for (var i = start; i < element.Relationships.Count; i++)
        {
            steps.Add(PlanHop(element, plan, i, forward: true, bound, scope, uniqueness));
        }
        for (var i = start - 1; i >= 0; i--)
        {
            steps.Add(PlanHop(element, plan, i, forward: false, bound, scope, uniqueness));
        }
        if (plan.PathSlot is { } pathSlot)
        {
            steps.Add(BindPath(plan, pathSlot));
        }
        return Compose(steps);
    }

    private PatternPlan AssignSlots(PatternPart part, ref Scope scope)
    {
        var element = part.Element;
        var nodeSlots = new int[element.Nodes.Count];
        for (var i = 0; i < nodeSlots.Length; i++)
        {
            nodeSlots[i] = SlotFor(element.Nodes[i].Variable?.Name, ref scope);
        }
        var relationshipSlots = new int[element.Relationships.Count];
        for (var i = 0; i < relationshipSlots.Length; i++)
        {
            relationshipSlots[i] = SlotFor(element.Relationships[i].Variable?.Name, ref scope);
        }
        int? pathSlot = part.PathVariable is null ? null : SlotFor(part.PathVariable.Name, ref scope);
        return new PatternPlan
        {
            NodeSlots = nodeSlots,
            RelationshipSlots = relationshipSlots,
            VariableLength = element.Relationships.Select(r => r.Length is not null).ToArray(),
            PathSlot = pathSlot,
        };
    }

    private int SlotFor(string? name, ref Scope scope)
    {
        name ??= NewAnonymousName();
        if (scope.TryGet(name, out var slot))
        {
            return slot;
        }
        slot = Slots.Next();
        scope = scope.With(name, slot);
        return slot;
    }

    private static int ChooseStart(PatternElement element, PatternPlan plan, HashSet<int> bound, Scope before,
        List<(string Variable, string Key, Expression Value)> seekHints)
    {
        for (var i = 0; i < element.Nodes.Count; i++)
        {
            if (bound.Contains(plan.NodeSlots[i]))
            {
                return i;
            }
        }
        for (var i = 0; i < element.Nodes.Count; i++)
        {
            if (SeekCandidates(element.Nodes[i], before, seekHints).Any(c => c.Key is IdKey or ElementIdKey))
            {
                return i;
            }
        }
        for (var i = 0; i < element.Nodes.Count; i++)
        {
            if (element.Nodes[i].Labels.Count > 0 && SeekCandidates(element.Nodes[i], before, seekHints).Any())
            {
                return i;
            }
        }
        for (var i = 0; i < element.Nodes.Count; i++)
        {
            if (element.Nodes[i].Labels.Count > 0)
            {
                return i;
            }
        }
        return 0;
    }

    /// <summary>Property equalities on a node whose value is computable before the node is bound.</summary>
    private static IEnumerable<(string Key, Expression Value)> SeekCandidates(NodePattern node, Scope before,
        List<(string Variable, string Key, Expression Value)> seekHints)
    {
        bool Computable(Expression value) => AstWalker.VariableNames(value).All(before.Contains);
        if (node.Properties is MapLiteral map)
        {
            foreach (var entry in map.Entries)
            {
                if (Computable(entry.Value))
                {
                    yield return (entry.Key, entry.Value);
                }
            }
        }
        if (node.Variable is { } variable)
        {
            foreach (var hint in seekHints)
            {
                if (hint.Variable == variable.Name && Computable(hint.Value))
                {
                    yield return (hint.Key, hint.Value);
                }
            }
        }
    }

    /// <summary>Checks a candidate node against the pattern's labels, property map and inline WHERE.</summary>
    private Func<NodeRecord, object?[], QueryContext, bool> NodeCheck(NodePattern pattern, Scope scope)
    {
        var labels = pattern.Labels.ToArray();
        var properties = PropertyCheck(pattern.Properties, scope);
        var where = pattern.Where is null ? null : Expressions.CompilePredicate(pattern.Where, scope);
        var slot = pattern.Variable is { } v && scope.TryGet(v.Name, out var s) ? s : -1;
        return (record, row, context) =>
        {
            foreach (var label in labels)
            {
                if (!record.HasLabel(label))
                {
                    return false;
                }
            }
            if (properties is not null && !properties(record.Properties, row, context))
            {
                return false;
            }
            if (where is null)
            {
                return true;
            }
            var saved = slot >= 0 ? row[slot] : null;
            if (slot >= 0)
            {
                row[slot] = QueryContext.NodeValue(record);
            }
            var result = where(row, context) is true;
            if (slot >= 0)
            {
                row[slot] = saved;
            }
            return result;
        };
    }

    private Func<IReadOnlyDictionary<string, object?>, object?[], QueryContext, bool>? PropertyCheck(Expression? properties, Scope scope)
    {
        if (properties is null)
        {
            return null;
        }
        var map = Expressions.Compile(properties, scope);
        return (actual, row, context) =>
        {
            if (map(row, context) is not IReadOnlyDictionary<string, object?> expected)
            {
                return false;
            }
            foreach (var (key, value) in expected)
            {
                if (CypherComparer.Equal(actual.GetValueOrDefault(key), value) != true)
                {
                    return false;
                }
            }
            return true;
        };
    }

    private Step PlanNodeStart(NodePattern pattern, int slot, HashSet<int> bound, Scope scope, Scope before,
        List<(string Variable, string Key, Expression Value)> seekHints)
    {
        var check = NodeCheck(pattern, scope);
        if (bound.Contains(slot))
        {
            return (input, context) => input.Where(row => row[slot] is Node node
                && context.Transaction.Node(node.Id) is { } record && check(record, row, context));
        }
        var labels = pattern.Labels.ToArray();
        var seeks = SeekCandidates(pattern, before, seekHints)
            .Where(c => pattern.Labels.Count > 0 || c.Key is IdKey or ElementIdKey)
            .OrderBy(c => c.Key is IdKey or ElementIdKey ? 0 : 1)
            .Select(c => (c.Key, Value: Expressions.Compile(c.Value, before))).ToArray();
        return (input, context) => ScanNodes(input, labels, seeks, slot, check, context);
    }

    private static IEnumerable<object?[]> ScanNodes(IEnumerable<object?[]> input, string[] labels,
        (string Key, Evaluator Value)[] seeks, int slot, Func<NodeRecord, object?[], QueryContext, bool> check,
        QueryContext context)
    {
        foreach (var row in input)
        {
            var state = context.Transaction.State;
            foreach (var id in Candidates(state, labels, seeks, row, context))
            {
                context.Tick();
                if (!state.Nodes.TryGetValue(id, out var record) || !check(record, row, context))
                {
                    continue;
                }
                var result = (object?[])row.Clone();
                result[slot] = QueryContext.NodeValue(record);
                yield return result;
            }
        }
    }

    /// <summary>Chooses the access path at run time, so a cached plan uses indexes created after it.</summary>
    private static IEnumerable<long> Candidates(GraphState state, string[] labels, (string Key, Evaluator Value)[] seeks,
        object?[] row, QueryContext context)
    {
        foreach (var (key, value) in seeks)
        {
            if (key is IdKey or ElementIdKey)
            {
                var wanted = value(row, context);
                long? id = wanted switch
                {
                    long l when key is IdKey => l,
                    double d when key is IdKey && d == Math.Floor(d) && Math.Abs(d) < 9e18 => (long)d,
                    string text when key is ElementIdKey && long.TryParse(text, System.Globalization.NumberStyles.None,
                        System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
                    _ => null,
                };
                return id is { } found && state.Nodes.ContainsKey(found) ? [found] : [];
            }
            foreach (var label in labels)
            {
                if (state.FindIndex(label, key) is { } index)
                {
                    var wanted = value(row, context);
                    return wanted is null ? [] : index.Seek(wanted);
                }
            }
        }
        if (labels.Length == 0)
        {
            return state.Nodes.Keys;
        }
        IEnumerable<long>? smallest = null;
        var count = int.MaxValue;
        foreach (var label in labels)
        {
            if (!state.LabelIndex.TryGetValue(label, out var ids))
            {
                return [];
            }
            if (ids.Count < count)
            {
                smallest = ids;
                count = ids.Count;
            }
        }
        return smallest!;
    }

    /// <summary>Plans a pattern inside an expression; its new variables live only in the returned scope.</summary>
    public (Step Step, Scope Scope) PlanPatternPart(Variable? pathVariable, PatternElement element, PathSelector selector, Scope scope)
    {
        var inner = scope;
        var part = new PatternPart(element.Span, pathVariable, element, selector);
        var step = PlanPatternPart(part, ref inner, [], scope, []);
        return (step, inner);
    }

    public Func<object?[], QueryContext, bool> PlanPatternExists(PatternElement element, Scope scope)
    {
        var (step, _) = PlanPatternPart(null, element, PathSelector.None, scope);
        return (row, context) => step([row], context).Any();
    }
}
