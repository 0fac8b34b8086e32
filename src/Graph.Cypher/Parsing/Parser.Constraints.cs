using Graph.Core;
using Graph.Cypher.Ast;
using Graph.Cypher.Lexing;

namespace Graph.Cypher.Parsing;

internal sealed partial class Parser
{
    private SchemaCommand ParseCreateConstraint(SourceSpan start, bool orReplace)
    {
        var (name, ifNotExists) = ParseSchemaNameAndIf("NOT");
        var definition = ParseConstraintDefinition();
        if (AcceptKeyword("OPTIONS"))
        {
            ParseExpression();
        }
        return new CreateConstraintCommand(SpanFrom(start), name, ifNotExists, orReplace, definition);
    }

    private SchemaCommand ParseDropConstraint(SourceSpan start)
    {
        if (AtKeyword("ON") && PeekToken(1).Kind == TokenKind.LeftParen)
        {
            var parsed = ParseConstraintDefinition();
            return new DropConstraintCommand(SpanFrom(start), null, false, parsed);
        }
        var name = ExpectName("a constraint name").Value;
        var ifExists = false;
        if (AcceptKeyword("IF"))
        {
            ExpectKeyword("EXISTS");
            ifExists = true;
        }
        return new DropConstraintCommand(SpanFrom(start), name, ifExists, null);
    }

    private SchemaCommand ParseDropIndex(SourceSpan start)
    {
        if (AcceptKeyword("ON"))
        {
            Expect(TokenKind.Colon, "':'");
            var label = ExpectName("a label name").Value;
            var parsed = ParseNameList();
            return new DropIndexCommand(SpanFrom(start), null, false, label, parsed);
        }
        var name = ExpectName("an index name").Value;
        var ifExists = false;
        if (AcceptKeyword("IF"))
        {
            ExpectKeyword("EXISTS");
            ifExists = true;
        }
        return new DropIndexCommand(SpanFrom(start), name, ifExists, null, []);
    }

    /// <summary>FOR (n:L) REQUIRE n.p IS UNIQUE | IS NOT NULL | IS NODE KEY (and Neo4j 4's ON ... ASSERT ...).</summary>
    private ConstraintDefinition ParseConstraintDefinition()
    {
        var start = Current.Span;
        if (!AcceptKeyword("FOR"))
        {
            ExpectKeyword("ON");
        }
        var (variable, labels, isRelationship) = ParseSchemaEntity();
        if (!AcceptKeyword("REQUIRE"))
        {
            ExpectKeyword("ASSERT");
        }
        var properties = new List<string>();
        var parenthesized = Accept(TokenKind.LeftParen);
        do
        {
            ExpectName("a variable name");
            Expect(TokenKind.Dot, "'.'");
            properties.Add(ExpectName("a property key name").Value);
        }
        while (Accept(TokenKind.Comma));
        if (parenthesized)
        {
            Expect(TokenKind.RightParen, "')'");
        }
        ExpectKeyword("IS");
        ConstraintKind kind;
        if (AcceptKeyword("UNIQUE"))
        {
            kind = ConstraintKind.Unique;
        }
        else if (AcceptKeyword("NOT"))
        {
            ExpectKeyword("NULL");
            kind = ConstraintKind.NotNull;
        }
        else if (AcceptKeyword("NODE") || AcceptKeyword("RELATIONSHIP"))
        {
            ExpectKeyword("KEY");
            kind = ConstraintKind.NodeKey;
        }
        else if (AcceptKeyword("KEY"))
        {
            kind = ConstraintKind.NodeKey;
        }
        else
        {
            throw Fail("'UNIQUE', 'NOT NULL' or 'NODE KEY'");
        }
        return new ConstraintDefinition(SpanFrom(start), variable, labels[0], isRelationship, properties, kind);
    }

    private SchemaCommand ParseShow(SourceSpan start)
    {
        if (!AcceptKeyword("ALL"))
        {
            foreach (var word in new[] { "RANGE", "TEXT", "POINT", "FULLTEXT", "LOOKUP", "UNIQUE", "EXISTENCE", "NODE", "RELATIONSHIP", "KEY", "BUILT", "IN", "USER", "DEFINED" })
            {
                AcceptKeyword(word);
            }
        }
        var word2 = ExpectName("'INDEXES', 'CONSTRAINTS', 'PROCEDURES' or 'FUNCTIONS'").Value.ToUpperInvariant();
        var kind = word2 switch
        {
            "INDEX" or "INDEXES" => ShowKind.Indexes,
            "CONSTRAINT" or "CONSTRAINTS" => ShowKind.Constraints,
            "PROCEDURE" or "PROCEDURES" => ShowKind.Procedures,
            "FUNCTION" or "FUNCTIONS" => ShowKind.Functions,
            _ => throw FailPrevious("'INDEXES', 'CONSTRAINTS', 'PROCEDURES' or 'FUNCTIONS'"),
        };
        var where = ParseOptionalWhere();
        return new ShowCommand(SpanFrom(start), kind, where);
    }

    private SyntaxAbort FailPrevious(string expected)
    {
        _index--;
        return Fail(expected);
    }
}
