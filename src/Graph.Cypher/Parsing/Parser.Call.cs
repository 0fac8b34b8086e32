using Graph.Core;
using Graph.Cypher.Ast;
using Graph.Cypher.Lexing;

namespace Graph.Cypher.Parsing;

internal sealed partial class Parser
{
    /// <summary>CALL proc(args) YIELD ..., standalone CALL proc, CALL { subquery }, CALL (vars) { subquery }.</summary>
    private Clause ParseCall(bool optional, SourceSpan start)
    {
        ExpectKeyword("CALL");
        if (At(TokenKind.LeftBrace) || At(TokenKind.LeftParen))
        {
            return ParseSubqueryCall(optional, start);
        }
        var name = ParseQualifiedName("a procedure name");
        IReadOnlyList<Expression>? arguments = null;
        if (Accept(TokenKind.LeftParen))
        {
            arguments = ParseArgumentList();
        }
        var yieldAll = false;
        List<YieldItem>? yield = null;
        Expression? where = null;
        if (AcceptKeyword("YIELD"))
        {
            if (Accept(TokenKind.Star))
            {
                yieldAll = true;
            }
            else
            {
                yield = [];
                do
                {
                    var itemStart = Current.Span;
                    var field = ExpectName("a procedure output name");
                    var variable = AcceptKeyword("AS") ? ParseVariable() : new Variable(field.Span, field.Value);
                    yield.Add(new YieldItem(SpanFrom(itemStart), field.Value, variable));
                }
                while (Accept(TokenKind.Comma));
                where = ParseOptionalWhere();
            }
        }
        return new CallClause(SpanFrom(start), name, arguments, yieldAll, yield, where, optional);
    }

    private SubqueryClause ParseSubqueryCall(bool optional, SourceSpan start)
    {
        List<Variable>? imports = null;
        var importAll = false;
        if (Accept(TokenKind.LeftParen))
        {
            imports = [];
            if (Accept(TokenKind.Star))
            {
                importAll = true;
            }
            else if (!At(TokenKind.RightParen))
            {
                do
                {
                    imports.Add(ParseVariable());
                }
                while (Accept(TokenKind.Comma));
            }
            Expect(TokenKind.RightParen, "')'");
        }
        var query = ParseBracedQuery();
        return new SubqueryClause(SpanFrom(start), query, optional, imports, importAll);
    }

    /// <summary>{ query } as used by CALL, EXISTS, COUNT and COLLECT.</summary>
    private Query ParseBracedQuery()
    {
        Expect(TokenKind.LeftBrace, "'{'");
        Enter();
        var query = ParseQuery(topLevel: false)!;
        Exit();
        Expect(TokenKind.RightBrace, "'}'");
        return query;
    }

    private List<Expression> ParseArgumentList()
    {
        var arguments = new List<Expression>();
        if (!At(TokenKind.RightParen))
        {
            do
            {
                arguments.Add(ParseExpression());
            }
            while (Accept(TokenKind.Comma));
        }
        Expect(TokenKind.RightParen, "')'");
        return arguments;
    }

    private string ParseQualifiedName(string expected)
    {
        var name = ExpectName(expected).Value;
        while (At(TokenKind.Dot) && PeekToken(1).Kind == TokenKind.Identifier)
        {
            Advance();
            name += "." + Advance().Value;
        }
        return name;
    }
}
