using Graph.Cypher.Ast;

namespace Graph.Engine.Semantics;

public sealed partial class SemanticAnalyzer
{
    /// <summary>Direct sub-expressions (not the contents of subqueries or pattern element properties).</summary>
    private static IEnumerable<Expression> Children(Expression expression)
    {
        switch (expression)
        {
            case PropertyAccess p: return [p.Subject];
            case ListLiteral l: return l.Items;
            case MapLiteral m: return m.Entries.Select(e => e.Value);
            case BinaryExpression b: return [b.Left, b.Right];
            case UnaryExpression u: return [u.Operand];
            case IsNullExpression n: return [n.Operand];
            case HasLabelsExpression h: return [h.Subject];
            case IndexExpression i: return [i.Subject, i.Index];
            case SliceExpression s: return Present(s.Subject, s.From, s.To);
            case FunctionCall f: return f.Arguments;
            case CaseExpression c:
                return Present(c.Subject).Concat(c.Alternatives.SelectMany(a => new[] { a.When, a.Then })).Concat(Present(c.Else));
            case ListComprehension lc: return Present(lc.List, lc.Where, lc.Projection);
            case PatternComprehension pc: return Present(pc.Where, pc.Projection);
            case ReduceExpression r: return [r.Initial, r.List, r.Expression];
            case QuantifierExpression q: return Present(q.List, q.Predicate);
            case MapProjection mp:
                return mp.Items.OfType<LiteralEntrySelector>().Select(e => e.Value)
                    .Concat(mp.Items.OfType<VariableSelector>().Select(v => (Expression)v.Variable))
                    .Prepend(mp.Subject);
            default: return [];
        }
    }

    private static IEnumerable<Expression> Present(params Expression?[] expressions) =>
        expressions.Where(e => e is not null)!;
}
