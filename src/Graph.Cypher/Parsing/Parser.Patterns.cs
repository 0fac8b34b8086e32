using Graph.Core;
using Graph.Cypher.Ast;
using Graph.Cypher.Diagnostics;
using Graph.Cypher.Lexing;

namespace Graph.Cypher.Parsing;

internal sealed partial class Parser
{
    private Pattern ParsePattern()
    {
        var start = Current.Span;
        var parts = new List<PatternPart> { ParsePatternPart() };
        while (Accept(TokenKind.Comma))
        {
            parts.Add(ParsePatternPart());
        }
        return new Pattern(SpanFrom(start), parts);
    }

    /// <summary>[p =] element | [p =] shortestPath(element) | [p =] allShortestPaths(element).</summary>
    private PatternPart ParsePatternPart()
    {
        var start = Current.Span;
        Variable? pathVariable = null;
        if (At(TokenKind.Identifier) && PeekToken(1).Kind == TokenKind.Equal)
        {
            pathVariable = ParseVariable();
            Advance();
        }
        var selector = PathSelector.None;
        if (AtKeyword("shortestPath") && PeekToken(1).Kind == TokenKind.LeftParen)
        {
            selector = PathSelector.ShortestPath;
        }
        else if (AtKeyword("allShortestPaths") && PeekToken(1).Kind == TokenKind.LeftParen)
        {
            selector = PathSelector.AllShortestPaths;
        }
        PatternElement element;
        if (selector != PathSelector.None)
        {
            Advance();
            Advance();
            element = ParsePatternElement();
            Expect(TokenKind.RightParen, "')'");
        }
        else
        {
            element = ParsePatternElement();
        }
        return new PatternPart(SpanFrom(start), pathVariable, element, selector);
    }

    private PatternElement ParsePatternElement()
    {
        var start = Current.Span;
        if (At(TokenKind.LeftParen) && IsParenthesizedElement())
        {
            // ((a)-->(b)) — a parenthesized pattern element.
            Advance();
            Enter();
            var inner = ParsePatternElement();
            Exit();
            Expect(TokenKind.RightParen, "')'");
            return inner with { Span = SpanFrom(start) };
        }
        var nodes = new List<NodePattern> { ParseNodePattern() };
        var relationships = new List<RelationshipPattern>();
        while (AtRelationshipStart())
        {
            relationships.Add(ParseRelationshipPattern());
            nodes.Add(ParseNodePattern());
        }
        return new PatternElement(SpanFrom(start), nodes, relationships);
    }

    private bool IsParenthesizedElement() => PeekToken(1).Kind == TokenKind.LeftParen;

    /// <summary>True at "-[", "--", "-&gt;", "&lt;-[" or "&lt;--": the start of a relationship pattern.</summary>
    private bool AtRelationshipStart()
    {
        if (At(TokenKind.Minus))
        {
            return PeekToken(1).Kind is TokenKind.LeftBracket or TokenKind.Minus or TokenKind.GreaterThan;
        }
        return At(TokenKind.LessThan) && PeekToken(1).Kind == TokenKind.Minus &&
            PeekToken(2).Kind is TokenKind.LeftBracket or TokenKind.Minus;
    }

    private NodePattern ParseNodePattern()
    {
        var start = Expect(TokenKind.LeftParen, "'('").Span;
        Variable? variable = null;
        if (At(TokenKind.Identifier) && !(AtKeyword("WHERE") && PeekToken(1).Kind != TokenKind.Colon))
        {
            variable = ParseVariable();
        }
        var labels = At(TokenKind.Colon) ? ParseLabelList() : [];
        var properties = ParseOptionalProperties();
        var where = ParseOptionalWhere();
        Expect(TokenKind.RightParen, "')'");
        return new NodePattern(SpanFrom(start), variable, labels, properties, where);
    }

    private Expression? ParseOptionalProperties()
    {
        if (At(TokenKind.LeftBrace))
        {
            return ParseMapLiteral();
        }
        if (At(TokenKind.Parameter))
        {
            var token = Advance();
            return new Parameter(token.Span, token.Value);
        }
        return null;
    }

    private RelationshipPattern ParseRelationshipPattern()
    {
        var start = Current.Span;
        var incoming = Accept(TokenKind.LessThan);
        Expect(TokenKind.Minus, "'-'");
        Variable? variable = null;
        var types = new List<string>();
        Expression? properties = null;
        RangeQuantifier? length = null;
        Expression? where = null;
        if (Accept(TokenKind.LeftBracket))
        {
            if (At(TokenKind.Identifier) && !(AtKeyword("WHERE") && PeekToken(1).Kind != TokenKind.Colon))
            {
                variable = ParseVariable();
            }
            if (Accept(TokenKind.Colon))
            {
                types.Add(ExpectName("a relationship type name").Value);
                while (Accept(TokenKind.Pipe))
                {
                    Accept(TokenKind.Colon);
                    types.Add(ExpectName("a relationship type name").Value);
                }
            }
            if (At(TokenKind.Star))
            {
                length = ParseRangeQuantifier();
            }
            else if (At(TokenKind.DotDot) || At(TokenKind.Integer))
            {
                throw Fail(ErrorDetails.InvalidRelationshipPattern,
                    "Invalid input: a variable length relationship must start with '*'", Current.Span);
            }
            properties = ParseOptionalProperties();
            where = ParseOptionalWhere();
            Expect(TokenKind.RightBracket, "']'");
        }
        Expect(TokenKind.Minus, "'-'");
        var outgoing = Accept(TokenKind.GreaterThan);
        var direction = incoming == outgoing ? RelationshipDirection.Both
            : outgoing ? RelationshipDirection.Outgoing : RelationshipDirection.Incoming;
        return new RelationshipPattern(SpanFrom(start), variable, types, properties, length, direction, where);
    }

    private RangeQuantifier ParseRangeQuantifier()
    {
        var start = Advance().Span;
        long? min = null;
        long? max = null;
        if (At(TokenKind.Minus))
        {
            throw Fail(ErrorDetails.InvalidRelationshipPattern,
                "Invalid input: the length of a variable length relationship cannot be negative", Current.Span);
        }
        if (At(TokenKind.Integer))
        {
            min = ParseRangeBound();
        }
        if (Accept(TokenKind.DotDot))
        {
            if (At(TokenKind.Integer))
            {
                max = ParseRangeBound();
            }
            else if (At(TokenKind.Minus))
            {
                throw Fail(ErrorDetails.InvalidRelationshipPattern,
                    "Invalid input: the length of a variable length relationship cannot be negative", Current.Span);
            }
        }
        else
        {
            max = min;
        }
        return new RangeQuantifier(SpanFrom(start), min, max);
    }

    private long ParseRangeBound()
    {
        var token = Advance();
        if (!TryParseInteger(token.Value, negative: false, out var value))
        {
            throw Fail(ErrorDetails.IntegerOverflow, $"integer, {token.Value}, is too large", token.Span);
        }
        return value;
    }
}
