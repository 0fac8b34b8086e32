using System.Globalization;
using System.Numerics;
using Graph.Core;
using Graph.Cypher.Ast;
using Graph.Cypher.Diagnostics;
using Graph.Cypher.Lexing;

namespace Graph.Cypher.Parsing;

internal sealed partial class Parser
{
    private const string ExpectedExpression = "an expression";

    private Expression ParseAtom()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Integer:
            case TokenKind.Float:
                return ParseNumber(negative: false, token.Span);
            case TokenKind.String:
                Advance();
                return new Literal(token.Span, token.Value);
            case TokenKind.Parameter:
                Advance();
                return new Parameter(token.Span, token.Value);
            case TokenKind.InvalidNumber:
                throw Fail(ErrorDetails.InvalidNumberLiteral, $"Invalid input '{token.Value}': expected a number", token.Span);
            case TokenKind.LeftBracket:
                return ParseBracketAtom();
            case TokenKind.LeftBrace:
                return ParseMapLiteral();
            case TokenKind.LeftParen:
                return ParseParenthesizedAtom();
            case TokenKind.Identifier:
                return ParseIdentifierAtom();
            default:
                throw Fail(ExpectedExpression);
        }
    }

    private Expression ParseNumber(bool negative, SourceSpan start)
    {
        var token = Advance();
        var span = SpanFrom(start);
        var text = negative ? "-" + token.Value : token.Value;
        if (token.Kind == TokenKind.Float)
        {
            var value = double.Parse(token.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (double.IsInfinity(value))
            {
                throw Fail(ErrorDetails.FloatingPointOverflow, $"floating point number is too large: {text}", span);
            }
            return new Literal(span, negative ? -value : value);
        }
        if (!TryParseInteger(token.Value, negative, out var integer))
        {
            throw Fail(ErrorDetails.IntegerOverflow, $"integer, {text}, is too large", span);
        }
        return new Literal(span, integer);
    }

    /// <summary>Decimal, 0x hexadecimal or 0o octal digits, range-checked against long with the sign applied.</summary>
    private static bool TryParseInteger(string text, bool negative, out long value)
    {
        value = 0;
        BigInteger magnitude = 0;
        var radix = 10;
        var digits = text.AsSpan();
        if (digits.Length > 2 && digits[0] == '0' && digits[1] is 'x' or 'X')
        {
            radix = 16;
            digits = digits[2..];
        }
        else if (digits.Length > 2 && digits[0] == '0' && digits[1] is 'o' or 'O')
        {
            radix = 8;
            digits = digits[2..];
        }
        foreach (var c in digits)
        {
            magnitude = magnitude * radix + Convert.ToInt32(c.ToString(), 16);
            if (magnitude > new BigInteger(long.MaxValue) + 1)
            {
                return false;
            }
        }
        var signed = negative ? -magnitude : magnitude;
        if (signed > long.MaxValue || signed < long.MinValue)
        {
            return false;
        }
        value = (long)signed;
        return true;
    }

    private Expression ParseIdentifierAtom()
    {
        var token = Current;
        if (!token.Escaped)
        {
            var special = ParseKeywordAtom(token);
            if (special is not null)
            {
                return special;
            }
        }
        if (IsFunctionCallAhead())
        {
            return ParseFunctionCall();
        }
        var variable = ParseVariable();
        if (At(TokenKind.LeftBrace))
        {
            return ParseMapProjection(variable);
        }
        return variable;
    }

    private Expression? ParseKeywordAtom(Token token)
    {
        var next = PeekToken(1).Kind;
        switch (token.Value.ToUpperInvariant())
        {
            case "TRUE": Advance(); return new Literal(token.Span, true);
            case "FALSE": Advance(); return new Literal(token.Span, false);
            case "NULL": Advance(); return new Literal(token.Span, null);
            case "CASE": return ParseCase();
            case "COUNT" when next == TokenKind.LeftParen && PeekToken(2).Kind == TokenKind.Star:
                Advance();
                Advance();
                Advance();
                Expect(TokenKind.RightParen, "')'");
                return new CountStar(SpanFrom(token.Span));
            case "EXISTS" when next == TokenKind.LeftBrace:
                Advance();
                var exists = ParseSubqueryExpressionBody();
                return new ExistsSubquery(SpanFrom(token.Span), exists);
            case "COUNT" when next == TokenKind.LeftBrace:
                Advance();
                var count = ParseSubqueryExpressionBody();
                return new CountSubquery(SpanFrom(token.Span), count);
            case "COLLECT" when next == TokenKind.LeftBrace:
                Advance();
                var collect = ParseBracedQuery();
                return new CollectSubquery(SpanFrom(token.Span), collect);
            case "ALL" or "ANY" or "NONE" or "SINGLE" when next == TokenKind.LeftParen && AtKeyword("IN", 3):
                return ParseQuantifier();
            case "REDUCE" when next == TokenKind.LeftParen:
                return ParseReduce();
            case "SHORTESTPATH" or "ALLSHORTESTPATHS" when next == TokenKind.LeftParen:
                Advance();
                Advance();
                var element = ParsePatternElement();
                Expect(TokenKind.RightParen, "')'");
                return new ShortestPathExpression(SpanFrom(token.Span), token.IsKeyword("allShortestPaths"), element);
            default:
                return null;
        }
    }

    /// <summary>The body of EXISTS { } / COUNT { }: a full query, or the short form "pattern [WHERE p]".</summary>
    private Query ParseSubqueryExpressionBody()
    {
        if (AtClauseKeyword(1))
        {
            return ParseBracedQuery();
        }
        var start = Expect(TokenKind.LeftBrace, "'{'").Span;
        Enter();
        var pattern = ParsePattern();
        var where = ParseOptionalWhere();
        Exit();
        Expect(TokenKind.RightBrace, "'}'");
        var span = SpanFrom(start);
        return new SingleQuery(span, [new MatchClause(span, false, pattern, where)]);
    }

    private bool AtClauseKeyword(int ahead)
    {
        var token = PeekToken(ahead);
        return token.Kind == TokenKind.Identifier && !token.Escaped && ClauseKeywords.Contains(token.Value);
    }

    private bool IsFunctionCallAhead()
    {
        var i = 1;
        while (PeekToken(i).Kind == TokenKind.Dot && PeekToken(i + 1).Kind == TokenKind.Identifier)
        {
            i += 2;
        }
        return PeekToken(i).Kind == TokenKind.LeftParen;
    }

    private FunctionCall ParseFunctionCall()
    {
        var start = Current.Span;
        var name = ParseQualifiedName("a function name");
        Expect(TokenKind.LeftParen, "'('");
        var distinct = AcceptKeyword("DISTINCT");
        if (!distinct)
        {
            AcceptKeyword("ALL");
        }
        var arguments = ParseArgumentList();
        return new FunctionCall(SpanFrom(start), name, distinct, arguments);
    }

    private CaseExpression ParseCase()
    {
        var start = Advance().Span;
        Expression? subject = AtKeyword("WHEN") ? null : ParseExpression();
        var alternatives = new List<CaseAlternative>();
        while (AtKeyword("WHEN"))
        {
            var whenStart = Advance().Span;
            var when = ParseExpression();
            ExpectKeyword("THEN");
            var then = ParseExpression();
            alternatives.Add(new CaseAlternative(SpanFrom(whenStart), when, then));
        }
        if (alternatives.Count == 0)
        {
            throw Fail("'WHEN'");
        }
        var otherwise = AcceptKeyword("ELSE") ? ParseExpression() : null;
        ExpectKeyword("END");
        return new CaseExpression(SpanFrom(start), subject, alternatives, otherwise);
    }

    private QuantifierExpression ParseQuantifier()
    {
        var start = Current.Span;
        var quantifier = Advance().Value.ToUpperInvariant() switch
        {
            "ALL" => Quantifier.All,
            "ANY" => Quantifier.Any,
            "NONE" => Quantifier.None,
            _ => Quantifier.Single,
        };
        Advance();
        var variable = ParseVariable();
        ExpectKeyword("IN");
        var list = ParseExpression();
        var predicate = ParseOptionalWhere();
        Expect(TokenKind.RightParen, "')'");
        return new QuantifierExpression(SpanFrom(start), quantifier, variable, list, predicate);
    }

    private ReduceExpression ParseReduce()
    {
        var start = Advance().Span;
        Advance();
        var accumulator = ParseVariable();
        Expect(TokenKind.Equal, "'='");
        var initial = ParseExpression();
        Expect(TokenKind.Comma, "','");
        var variable = ParseVariable();
        ExpectKeyword("IN");
        var list = ParseExpression();
        Expect(TokenKind.Pipe, "'|'");
        var expression = ParseExpression();
        Expect(TokenKind.RightParen, "')'");
        return new ReduceExpression(SpanFrom(start), accumulator, initial, variable, list, expression);
    }
}
