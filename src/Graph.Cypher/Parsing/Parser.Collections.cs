using Graph.Core;
using Graph.Cypher.Ast;
using Graph.Cypher.Lexing;

namespace Graph.Cypher.Parsing;

internal sealed partial class Parser
{
    /// <summary>[list literal], [x IN list WHERE p | e], or [p = pattern WHERE p | e].</summary>
    private Expression ParseBracketAtom()
    {
        var start = Current.Span;
        if (PeekToken(1).Kind == TokenKind.Identifier && AtKeyword("IN", 2))
        {
            return ParseListComprehension();
        }
        if ((PeekToken(1).Kind == TokenKind.Identifier && PeekToken(2).Kind == TokenKind.Equal &&
             PeekToken(3).Kind is TokenKind.LeftParen or TokenKind.Identifier) ||
            PeekToken(1).Kind == TokenKind.LeftParen)
        {
            var comprehension = TrySpeculate(ParsePatternComprehension);
            if (comprehension is not null)
            {
                return comprehension;
            }
        }
        Advance();
        Enter();
        var items = new List<Expression>();
        if (!At(TokenKind.RightBracket))
        {
            do
            {
                items.Add(ParseExpression());
            }
            while (Accept(TokenKind.Comma));
        }
        Exit();
        Expect(TokenKind.RightBracket, "',' or ']'");
        return new ListLiteral(SpanFrom(start), items);
    }

    private ListComprehension ParseListComprehension()
    {
        var start = Advance().Span;
        Enter();
        var variable = ParseVariable();
        ExpectKeyword("IN");
        var list = ParseExpression();
        var where = ParseOptionalWhere();
        var projection = Accept(TokenKind.Pipe) ? ParseExpression() : null;
        Exit();
        Expect(TokenKind.RightBracket, "']'");
        return new ListComprehension(SpanFrom(start), variable, list, where, projection);
    }

    private PatternComprehension ParsePatternComprehension()
    {
        var start = Advance().Span;
        Enter();
        Variable? pathVariable = null;
        if (At(TokenKind.Identifier))
        {
            pathVariable = ParseVariable();
            Expect(TokenKind.Equal, "'='");
        }
        var element = ParsePatternElement();
        if (element.Relationships.Count == 0)
        {
            throw Fail("a relationship pattern");
        }
        var where = ParseOptionalWhere();
        Expect(TokenKind.Pipe, "'|'");
        var projection = ParseExpression();
        Exit();
        Expect(TokenKind.RightBracket, "']'");
        return new PatternComprehension(SpanFrom(start), pathVariable, element, where, projection);
    }

    /// <summary>
    /// Runs <paramref name="parse"/>; on a syntax error rewinds tokens, depth and diagnostics and returns null.
    /// Used where Cypher is ambiguous without unbounded lookahead (pattern vs. parenthesized expression).
    /// </summary>
    private T? TrySpeculate<T>(Func<T> parse)
        where T : class
    {
        var index = _index;
        var depth = _depth;
        var diagnostics = _diagnostics.Count;
        try
        {
            return parse();
        }
        catch (SyntaxAbort)
        {
            _index = index;
            _depth = depth;
            _diagnostics.TruncateTo(diagnostics);
            return null;
        }
    }

    private Expression ParseParenthesizedAtom()
    {
        var pattern = TrySpeculate(ParsePatternExpression);
        if (pattern is not null)
        {
            return pattern;
        }
        var start = Advance().Span;
        var inner = ParseExpression();
        Expect(TokenKind.RightParen, "')'");
        // The span covers the parentheses so column names like "(1 + 2)" keep them.
        return inner with { Span = SpanFrom(start) };
    }

    private PatternExpression ParsePatternExpression()
    {
        var element = ParsePatternElement();
        if (element.Relationships.Count == 0)
        {
            throw Fail("a relationship pattern");
        }
        return new PatternExpression(element.Span, element);
    }

    private MapLiteral ParseMapLiteral()
    {
        var start = Expect(TokenKind.LeftBrace, "'{'").Span;
        Enter();
        var entries = new List<MapEntry>();
        if (!At(TokenKind.RightBrace))
        {
            do
            {
                var key = ExpectName("a property key name");
                Expect(TokenKind.Colon, "':'");
                var value = ParseExpression();
                entries.Add(new MapEntry(SpanFrom(key.Span), key.Value, value));
            }
            while (Accept(TokenKind.Comma));
        }
        Exit();
        Expect(TokenKind.RightBrace, "',' or '}'");
        return new MapLiteral(SpanFrom(start), entries);
    }

    private MapProjection ParseMapProjection(Variable subject)
    {
        Advance();
        Enter();
        var items = new List<MapProjectionItem>();
        if (!At(TokenKind.RightBrace))
        {
            do
            {
                items.Add(ParseMapProjectionItem());
            }
            while (Accept(TokenKind.Comma));
        }
        Exit();
        Expect(TokenKind.RightBrace, "',' or '}'");
        return new MapProjection(SpanFrom(subject.Span), subject, items);
    }

    private MapProjectionItem ParseMapProjectionItem()
    {
        var start = Current.Span;
        if (Accept(TokenKind.Dot))
        {
            if (Accept(TokenKind.Star))
            {
                return new AllPropertiesSelector(SpanFrom(start));
            }
            return new PropertySelector(SpanFrom(start), ExpectName("a property key name").Value);
        }
        var name = ExpectName("a property key name, '.' or a variable");
        if (Accept(TokenKind.Colon))
        {
            var parsed = ParseExpression();
            return new LiteralEntrySelector(SpanFrom(start), name.Value, parsed);
        }
        return new VariableSelector(SpanFrom(start), new Variable(name.Span, name.Value));
    }
}
