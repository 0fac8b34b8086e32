using Graph.Core;
using Graph.Cypher.Ast;
using Graph.Cypher.Lexing;

namespace Graph.Cypher.Parsing;

/// <summary>
/// Operator precedence, loosest first (openCypher oC_Expression): OR, XOR, AND, NOT, comparison (chained),
/// string/list/null predicates (=~, STARTS WITH, ENDS WITH, CONTAINS, IN, IS [NOT] NULL), + -, * / %, ^,
/// unary + -, postfix (.key, [i], [a..b], :Label), atoms.
/// </summary>
internal sealed partial class Parser
{
    private Expression ParseExpression()
    {
        Enter();
        var expression = ParseOr();
        Exit();
        return expression;
    }

    private Expression ParseOr() => ParseLeftAssociative(ParseXor, "OR", BinaryOperator.Or);

    private Expression ParseXor() => ParseLeftAssociative(ParseAnd, "XOR", BinaryOperator.Xor);

    private Expression ParseAnd() => ParseLeftAssociative(ParseNot, "AND", BinaryOperator.And);

    private Expression ParseLeftAssociative(Func<Expression> operand, string keyword, BinaryOperator op)
    {
        var left = operand();
        var chain = 0;
        while (AtKeyword(keyword))
        {
            Advance();
            Enter();
            chain++;
            var right = operand();
            left = new BinaryExpression(Cover(left, right), op, left, right);
        }
        Exit(chain);
        return left;
    }

    private Expression ParseNot()
    {
        if (!AtKeyword("NOT"))
        {
            return ParseComparison();
        }
        var start = Advance().Span;
        Enter();
        var operand = ParseNot();
        Exit();
        return new UnaryExpression(SpanFrom(start), UnaryOperator.Not, operand);
    }

    private static SourceSpan Cover(Expression left, Expression right) =>
        new(left.Span.Start, right.Span.End - left.Span.Start);

    /// <summary>a &lt; b &lt;= c is (a &lt; b) AND (b &lt;= c) (openCypher oC_ComparisonExpression).</summary>
    private Expression ParseComparison()
    {
        var first = ParsePredicateExpression();
        Expression? result = null;
        var left = first;
        var chain = 0;
        while (ComparisonOperator() is { } op)
        {
            Advance();
            Enter();
            chain++;
            var right = ParsePredicateExpression();
            var comparison = new BinaryExpression(Cover(left, right), op, left, right);
            result = result is null ? comparison : new BinaryExpression(Cover(first, right), BinaryOperator.And, result, comparison);
            left = right;
        }
        Exit(chain);
        return result ?? first;
    }

    private BinaryOperator? ComparisonOperator() => Current.Kind switch
    {
        TokenKind.Equal => BinaryOperator.Equal,
        TokenKind.NotEqual => BinaryOperator.NotEqual,
        TokenKind.LessThan => BinaryOperator.LessThan,
        TokenKind.LessThanOrEqual => BinaryOperator.LessThanOrEqual,
        TokenKind.GreaterThan => BinaryOperator.GreaterThan,
        TokenKind.GreaterThanOrEqual => BinaryOperator.GreaterThanOrEqual,
        _ => null,
    };

    private Expression ParsePredicateExpression()
    {
        var left = ParseAdditive();
        var chain = 0;
        while (true)
        {
            Expression? next;
            if (At(TokenKind.RegexMatch))
            {
                Advance();
                next = Binary(BinaryOperator.RegexMatch, left, ParseAdditive());
            }
            else if (AtKeyword("STARTS") && AtKeyword("WITH", 1))
            {
                Advance();
                Advance();
                next = Binary(BinaryOperator.StartsWith, left, ParseAdditive());
            }
            else if (AtKeyword("ENDS") && AtKeyword("WITH", 1))
            {
                Advance();
                Advance();
                next = Binary(BinaryOperator.EndsWith, left, ParseAdditive());
            }
            else if (AtKeyword("CONTAINS"))
            {
                Advance();
                next = Binary(BinaryOperator.Contains, left, ParseAdditive());
            }
            else if (AtKeyword("IN"))
            {
                Advance();
                next = Binary(BinaryOperator.In, left, ParseAdditive());
            }
            else if (AtKeyword("IS") && (AtKeyword("NULL", 1) || (AtKeyword("NOT", 1) && AtKeyword("NULL", 2))))
            {
                Advance();
                var negated = AcceptKeyword("NOT");
                Advance();
                next = new IsNullExpression(SpanFrom(left.Span), left, negated);
            }
            else
            {
                break;
            }
            Enter();
            chain++;
            left = next;
        }
        Exit(chain);
        return left;
    }

    private static BinaryExpression Binary(BinaryOperator op, Expression left, Expression right) =>
        new(Cover(left, right), op, left, right);

    private Expression ParseAdditive()
    {
        var left = ParseMultiplicative();
        var chain = 0;
        while (At(TokenKind.Plus) || At(TokenKind.Minus))
        {
            var op = Advance().Kind == TokenKind.Plus ? BinaryOperator.Add : BinaryOperator.Subtract;
            Enter();
            chain++;
            left = Binary(op, left, ParseMultiplicative());
        }
        Exit(chain);
        return left;
    }

    private Expression ParseMultiplicative()
    {
        var left = ParsePower();
        var chain = 0;
        while (Current.Kind is TokenKind.Star or TokenKind.Slash or TokenKind.Percent)
        {
            var op = Advance().Kind switch
            {
                TokenKind.Star => BinaryOperator.Multiply,
                TokenKind.Slash => BinaryOperator.Divide,
                _ => BinaryOperator.Modulo,
            };
            Enter();
            chain++;
            left = Binary(op, left, ParsePower());
        }
        Exit(chain);
        return left;
    }

    private Expression ParsePower()
    {
        var left = ParseUnary();
        var chain = 0;
        while (Accept(TokenKind.Caret))
        {
            Enter();
            chain++;
            left = Binary(BinaryOperator.Power, left, ParseUnary());
        }
        Exit(chain);
        return left;
    }

    private Expression ParseUnary()
    {
        if (!At(TokenKind.Minus) && !At(TokenKind.Plus))
        {
            return ParsePostfixExpression();
        }
        var sign = Advance();
        if (sign.Kind == TokenKind.Minus && Current.Kind is TokenKind.Integer or TokenKind.Float)
        {
            // Folded here so that -9223372036854775808 is a valid literal.
            var literal = ParseNumber(negative: true, sign.Span);
            return ParsePostfix(literal);
        }
        Enter();
        var operand = ParseUnary();
        Exit();
        var op = sign.Kind == TokenKind.Minus ? UnaryOperator.Negate : UnaryOperator.Plus;
        return new UnaryExpression(SpanFrom(sign.Span), op, operand);
    }

    private Expression ParsePostfixExpression() => ParsePostfix(ParseAtom());

    private Expression ParsePostfix(Expression subject)
    {
        var chain = 0;
        while (true)
        {
            Expression next;
            if (At(TokenKind.Dot) && PeekToken(1).Kind == TokenKind.Identifier)
            {
                Advance();
                var key = Advance();
                next = new PropertyAccess(SpanFrom(subject.Span), subject, key.Value);
            }
            else if (At(TokenKind.LeftBracket))
            {
                next = ParseSubscript(subject);
            }
            else if (At(TokenKind.Colon) && PeekToken(1).Kind == TokenKind.Identifier)
            {
                var labels = ParseLabelList();
                next = new HasLabelsExpression(SpanFrom(subject.Span), subject, labels);
            }
            else
            {
                break;
            }
            Enter();
            chain++;
            subject = next;
        }
        Exit(chain);
        return subject;
    }

    private Expression ParseSubscript(Expression subject)
    {
        Advance();
        Expression? from = null;
        if (!At(TokenKind.DotDot))
        {
            from = ParseExpression();
            if (Accept(TokenKind.RightBracket))
            {
                return new IndexExpression(SpanFrom(subject.Span), subject, from);
            }
        }
        Expect(TokenKind.DotDot, "'..' or ']'");
        var to = At(TokenKind.RightBracket) ? null : ParseExpression();
        Expect(TokenKind.RightBracket, "']'");
        return new SliceExpression(SpanFrom(subject.Span), subject, from, to);
    }
}
