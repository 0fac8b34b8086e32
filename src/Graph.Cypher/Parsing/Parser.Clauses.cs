using Graph.Core;
using Graph.Cypher.Ast;
using Graph.Cypher.Lexing;

namespace Graph.Cypher.Parsing;

internal sealed partial class Parser
{
    private MatchClause ParseMatch(bool optional, SourceSpan? start = null)
    {
        var begin = start ?? Current.Span;
        ExpectKeyword("MATCH");
        var pattern = ParsePattern();
        var where = ParseOptionalWhere();
        return new MatchClause(SpanFrom(begin), optional, pattern, where);
    }

    private Expression? ParseOptionalWhere() => AcceptKeyword("WHERE") ? ParseExpression() : null;

    private WithClause ParseWith()
    {
        var start = Advance().Span;
        var body = ParseProjectionBody(start);
        var where = ParseOptionalWhere();
        return new WithClause(SpanFrom(start), body, where);
    }

    private ReturnClause ParseReturn()
    {
        var start = Advance().Span;
        var body = ParseProjectionBody(start);
        return new ReturnClause(SpanFrom(start), body);
    }

    private ProjectionBody ParseProjectionBody(SourceSpan start)
    {
        var distinct = AcceptKeyword("DISTINCT");
        var includeExisting = false;
        var items = new List<ProjectionItem>();
        if (Accept(TokenKind.Star))
        {
            includeExisting = true;
            if (Accept(TokenKind.Comma))
            {
                items.Add(ParseProjectionItem());
            }
        }
        else
        {
            items.Add(ParseProjectionItem());
        }
        while (Accept(TokenKind.Comma))
        {
            items.Add(ParseProjectionItem());
        }
        var orderBy = new List<SortItem>();
        if (AtKeyword("ORDER"))
        {
            Advance();
            ExpectKeyword("BY");
            do
            {
                orderBy.Add(ParseSortItem());
            }
            while (Accept(TokenKind.Comma));
        }
        Expression? skip = null;
        if (AcceptKeyword("SKIP") || AcceptKeyword("OFFSET"))
        {
            skip = ParseExpression();
        }
        var limit = AcceptKeyword("LIMIT") ? ParseExpression() : null;
        return new ProjectionBody(SpanFrom(start), distinct, includeExisting, items, orderBy, skip, limit);
    }

    private ProjectionItem ParseProjectionItem()
    {
        var start = Current.Span;
        var expression = ParseExpression();
        var name = TextOf(expression.Span);
        Variable? alias = null;
        if (AcceptKeyword("AS"))
        {
            alias = ParseVariable();
            name = alias.Name;
        }
        return new ProjectionItem(SpanFrom(start), expression, alias, name);
    }

    private SortItem ParseSortItem()
    {
        var start = Current.Span;
        var expression = ParseExpression();
        var descending = false;
        if (AcceptKeyword("DESC") || AcceptKeyword("DESCENDING"))
        {
            descending = true;
        }
        else if (!AcceptKeyword("ASC"))
        {
            AcceptKeyword("ASCENDING");
        }
        return new SortItem(SpanFrom(start), expression, descending);
    }

    private UnwindClause ParseUnwind()
    {
        var start = Advance().Span;
        var expression = ParseExpression();
        ExpectKeyword("AS");
        var variable = ParseVariable();
        return new UnwindClause(SpanFrom(start), expression, variable);
    }

    private CreateClause ParseCreate()
    {
        var start = Advance().Span;
        var parsed = ParsePattern();
        return new CreateClause(SpanFrom(start), parsed);
    }

    private MergeClause ParseMerge()
    {
        var start = Advance().Span;
        var part = ParsePatternPart();
        var actions = new List<MergeAction>();
        while (AtKeyword("ON"))
        {
            var actionStart = Advance().Span;
            bool onCreate;
            if (AcceptKeyword("CREATE"))
            {
                onCreate = true;
            }
            else if (AcceptKeyword("MATCH"))
            {
                onCreate = false;
            }
            else
            {
                throw Fail("'CREATE' or 'MATCH'");
            }
            ExpectKeyword("SET");
            var parsed = ParseSetItems();
            actions.Add(new MergeAction(SpanFrom(actionStart), onCreate, parsed));
        }
        return new MergeClause(SpanFrom(start), part, actions);
    }

    private SetClause ParseSet()
    {
        var start = Advance().Span;
        var parsed = ParseSetItems();
        return new SetClause(SpanFrom(start), parsed);
    }

    private List<SetItem> ParseSetItems()
    {
        var items = new List<SetItem>();
        do
        {
            items.Add(ParseSetItem());
        }
        while (Accept(TokenKind.Comma));
        return items;
    }

    private SetItem ParseSetItem()
    {
        var start = Current.Span;
        if (At(TokenKind.Identifier) && PeekToken(1).Kind == TokenKind.Colon)
        {
            var variable = ParseVariable();
            var parsed = ParseLabelList();
            return new SetLabelsItem(SpanFrom(start), variable, parsed);
        }
        var target = ParsePostfixExpression();
        if (target is PropertyAccess property)
        {
            Expect(TokenKind.Equal, "'='");
            var parsed = ParseExpression();
            return new SetPropertyItem(SpanFrom(start), property, parsed);
        }
        if (Accept(TokenKind.Equal))
        {
            var parsed = ParseExpression();
            return new SetPropertiesItem(SpanFrom(start), target, parsed, Merge: false);
        }
        if (Accept(TokenKind.PlusEqual))
        {
            var parsed = ParseExpression();
            return new SetPropertiesItem(SpanFrom(start), target, parsed, Merge: true);
        }
        throw Fail("'=' or '+='");
    }

    /// <summary>:A:B (also :A&amp;B as Neo4j 5 allows) — a conjunction of names.</summary>
    private List<string> ParseLabelList()
    {
        var labels = new List<string>();
        Expect(TokenKind.Colon, "':'");
        labels.Add(ExpectName("a label name").Value);
        while (At(TokenKind.Colon) || At(TokenKind.Ampersand))
        {
            Advance();
            labels.Add(ExpectName("a label name").Value);
        }
        return labels;
    }

    private RemoveClause ParseRemove()
    {
        var start = Advance().Span;
        var items = new List<RemoveItem>();
        do
        {
            var itemStart = Current.Span;
            if (At(TokenKind.Identifier) && PeekToken(1).Kind == TokenKind.Colon)
            {
                var variable = ParseVariable();
                var parsed = ParseLabelList();
                items.Add(new RemoveLabelsItem(SpanFrom(itemStart), variable, parsed));
                continue;
            }
            if (ParsePostfixExpression() is not PropertyAccess property)
            {
                throw Fail("a property (n.key) or labels (n:Label)");
            }
            items.Add(new RemovePropertyItem(SpanFrom(itemStart), property));
        }
        while (Accept(TokenKind.Comma));
        return new RemoveClause(SpanFrom(start), items);
    }

    private DeleteClause ParseDelete(bool detach, SourceSpan start)
    {
        ExpectKeyword("DELETE");
        var expressions = new List<Expression> { ParseExpression() };
        while (Accept(TokenKind.Comma))
        {
            expressions.Add(ParseExpression());
        }
        return new DeleteClause(SpanFrom(start), detach, expressions);
    }

    private ForeachClause ParseForeach()
    {
        var start = Advance().Span;
        Expect(TokenKind.LeftParen, "'('");
        var variable = ParseVariable();
        ExpectKeyword("IN");
        var list = ParseExpression();
        Expect(TokenKind.Pipe, "'|'");
        var clauses = new List<Clause>();
        Enter();
        while (!At(TokenKind.RightParen))
        {
            clauses.Add(ParseClause());
        }
        Exit();
        Expect(TokenKind.RightParen, "')'");
        return new ForeachClause(SpanFrom(start), variable, list, clauses);
    }

    private Variable ParseVariable()
    {
        var token = ExpectName("a variable name");
        return new Variable(token.Span, token.Value);
    }
}
