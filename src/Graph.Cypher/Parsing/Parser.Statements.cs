using Graph.Cypher.Ast;
using Graph.Cypher.Diagnostics;
using Graph.Cypher.Lexing;

namespace Graph.Cypher.Parsing;

internal sealed partial class Parser
{
    public Statement? ParseStatement()
    {
        var start = Current.Span;
        var mode = ExecutionMode.Normal;
        if (AcceptKeyword("EXPLAIN"))
        {
            mode = ExecutionMode.Explain;
        }
        else if (AcceptKeyword("PROFILE"))
        {
            mode = ExecutionMode.Profile;
        }
        if (IsSchemaCommandStart())
        {
            return ParseSchemaStatement();
        }
        var query = ParseQuery(topLevel: true);
        Accept(TokenKind.Semicolon);
        if (!At(TokenKind.EndOfInput))
        {
            try
            {
                throw Fail("end of input");
            }
            catch (SyntaxAbort)
            {
                return null;
            }
        }
        return query is null ? null : new QueryStatement(SpanFrom(start), query, mode);
    }

    private Statement? ParseSchemaStatement()
    {
        try
        {
            var command = ParseSchemaCommand();
            Accept(TokenKind.Semicolon);
            if (!At(TokenKind.EndOfInput))
            {
                throw Fail("end of input");
            }
            return command;
        }
        catch (SyntaxAbort)
        {
            return null;
        }
    }

    /// <summary>oC_RegularQuery: single queries joined by UNION [ALL].</summary>
    private Query? ParseQuery(bool topLevel)
    {
        var start = Current.Span;
        Query? query = ParseSingleQuery(topLevel);
        var unions = 0;
        while (AtKeyword("UNION"))
        {
            if (++unions > MaxDepth)
            {
                // UNION builds a left-deep tree; its height is bounded like any other nesting.
                var token = Current;
                _diagnostics.Syntax(ErrorDetails.NestingTooDeep,
                    $"The query is nested too deeply (more than {MaxDepth} levels)", token.Span);
                return topLevel ? null : throw new SyntaxAbort();
            }
            Advance();
            var all = AcceptKeyword("ALL");
            var right = ParseSingleQuery(topLevel);
            if (query is not null && right is not null)
            {
                query = new UnionQuery(SpanFrom(start), query, right, all);
            }
        }
        return query;
    }

    private SingleQuery? ParseSingleQuery(bool topLevel)
    {
        var start = Current.Span;
        var clauses = new List<Clause>();
        var failed = false;
        while (!AtQueryEnd())
        {
            var before = _index;
            try
            {
                if (topLevel)
                {
                    // A top-level clause starts afresh after an aborted one; nested queries keep counting.
                    _depth = 0;
                }
                clauses.Add(ParseClause());
            }
            catch (SyntaxAbort)
            {
                failed = true;
                if (!topLevel)
                {
                    throw;
                }
                if (_index == before || !AtClauseKeyword())
                {
                    Recover();
                }
            }
        }
        if (clauses.Count == 0 && !failed)
        {
            try
            {
                throw Fail(At(TokenKind.EndOfInput) && _index == 0 ? "a query" : "a clause");
            }
            catch (SyntaxAbort) when (topLevel)
            {
                return null;
            }
        }
        return failed ? null : new SingleQuery(SpanFrom(start), clauses);
    }

    private bool AtQueryEnd() =>
        At(TokenKind.EndOfInput) || At(TokenKind.Semicolon) || At(TokenKind.RightBrace) || AtKeyword("UNION");

    private Clause ParseClause()
    {
        var token = Current;
        if (token.Kind != TokenKind.Identifier || token.Escaped)
        {
            throw Fail(ExpectedClause);
        }
        switch (token.Value.ToUpperInvariant())
        {
            case "MATCH": return ParseMatch(optional: false);
            case "OPTIONAL":
                if (AtKeyword("CALL", 1))
                {
                    Advance();
                    return ParseCall(optional: true, token.Span);
                }
                Advance();
                if (!AtKeyword("MATCH"))
                {
                    throw Fail("'MATCH' or 'CALL'");
                }
                return ParseMatch(optional: true, token.Span);
            case "WITH": return ParseWith();
            case "RETURN": return ParseReturn();
            case "UNWIND": return ParseUnwind();
            case "CREATE": return ParseCreate();
            case "MERGE": return ParseMerge();
            case "SET": return ParseSet();
            case "REMOVE": return ParseRemove();
            case "DELETE": return ParseDelete(detach: false, token.Span);
            case "DETACH":
                Advance();
                if (!AtKeyword("DELETE"))
                {
                    throw Fail("'DELETE'");
                }
                return ParseDelete(detach: true, token.Span);
            case "NODETACH":
                Advance();
                return ParseDelete(detach: false, token.Span);
            case "FOREACH": return ParseForeach();
            case "CALL": return ParseCall(optional: false, token.Span);
            default: throw Fail(ExpectedClause);
        }
    }

    private const string ExpectedClause =
        "'CALL', 'CREATE', 'DELETE', 'DETACH', 'FOREACH', 'MATCH', 'MERGE', 'OPTIONAL', 'REMOVE', 'RETURN', 'SET', 'UNION', 'UNWIND' or 'WITH'";
}
