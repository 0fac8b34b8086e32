using Graph.Cypher.Ast;
using Graph.Cypher.Lexing;

namespace Graph.Cypher.Parsing;

/// <summary>Neo4j 5 schema commands: CREATE/DROP INDEX and CONSTRAINT, SHOW INDEXES/CONSTRAINTS/....</summary>
internal sealed partial class Parser
{
    private static readonly HashSet<string> IndexKindWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "RANGE", "TEXT", "POINT", "FULLTEXT", "LOOKUP", "BTREE",
    };

    private bool IsSchemaCommandStart()
    {
        if (AtKeyword("SHOW"))
        {
            return true;
        }
        if (AtKeyword("DROP"))
        {
            return true;
        }
        if (!AtKeyword("CREATE"))
        {
            return false;
        }
        var i = 1;
        if (AtKeyword("OR", i) && AtKeyword("REPLACE", i + 1))
        {
            i += 2;
        }
        var word = PeekToken(i);
        if (word.Kind == TokenKind.Identifier && !word.Escaped && IndexKindWords.Contains(word.Value))
        {
            i++;
        }
        return AtKeyword("INDEX", i) || AtKeyword("CONSTRAINT", i);
    }

    private Statement ParseSchemaCommand()
    {
        var start = Current.Span;
        if (AcceptKeyword("SHOW"))
        {
            return ParseShow(start);
        }
        if (AcceptKeyword("DROP"))
        {
            if (AcceptKeyword("INDEX"))
            {
                return ParseDropIndex(start);
            }
            ExpectKeyword("CONSTRAINT");
            return ParseDropConstraint(start);
        }
        ExpectKeyword("CREATE");
        var orReplace = false;
        if (AcceptKeyword("OR"))
        {
            ExpectKeyword("REPLACE");
            orReplace = true;
        }
        var kind = IndexKind.Range;
        if (At(TokenKind.Identifier) && IndexKindWords.Contains(Current.Value) && AtKeyword("INDEX", 1))
        {
            kind = Advance().Value.ToUpperInvariant() switch
            {
                "TEXT" => IndexKind.Text,
                "POINT" => IndexKind.Point,
                "FULLTEXT" => IndexKind.Fulltext,
                "LOOKUP" => IndexKind.Lookup,
                _ => IndexKind.Range,
            };
        }
        if (AcceptKeyword("INDEX"))
        {
            return ParseCreateIndex(start, orReplace, kind);
        }
        ExpectKeyword("CONSTRAINT");
        return ParseCreateConstraint(start, orReplace);
    }

    private (string? Name, bool IfClause) ParseSchemaNameAndIf(string second)
    {
        string? name = null;
        if (At(TokenKind.Identifier) && !AtKeyword("IF") && !AtKeyword("FOR") && !AtKeyword("ON"))
        {
            name = Advance().Value;
        }
        else if (AtKeyword("IF") && !AtKeyword("NOT", 1) && !AtKeyword("EXISTS", 1))
        {
            name = Advance().Value;
        }
        var ifClause = false;
        if (AcceptKeyword("IF"))
        {
            if (second == "NOT")
            {
                ExpectKeyword("NOT");
            }
            ExpectKeyword("EXISTS");
            ifClause = true;
        }
        return (name, ifClause);
    }

    private SchemaCommand ParseCreateIndex(Graph.Core.SourceSpan start, bool orReplace, IndexKind kind)
    {
        var (name, ifNotExists) = ParseSchemaNameAndIf("NOT");
        if (AcceptKeyword("ON"))
        {
            // Neo4j 4 form: CREATE INDEX ON :Label(p, q).
            Expect(TokenKind.Colon, "':'");
            var oldLabel = ExpectName("a label name").Value;
            var oldProperties = ParseNameList();
            return new CreateIndexCommand(SpanFrom(start), name, ifNotExists, orReplace, kind, null, [oldLabel],
                false, oldProperties, null);
        }
        ExpectKeyword("FOR");
        var (variable, labels, isRelationship) = ParseSchemaEntity();
        ExpectKeyword("ON");
        var properties = new List<string>();
        if (AcceptKeyword("EACH"))
        {
            Expect(TokenKind.LeftBracket, "'['");
            properties.AddRange(ParsePropertyList(TokenKind.RightBracket));
        }
        else
        {
            Expect(TokenKind.LeftParen, "'('");
            properties.AddRange(ParsePropertyList(TokenKind.RightParen));
        }
        var options = AcceptKeyword("OPTIONS") ? ParseExpression() : null;
        return new CreateIndexCommand(SpanFrom(start), name, ifNotExists, orReplace, kind, variable, labels,
            isRelationship, properties, options);
    }

    /// <summary>(n:Label) or (n:A|B) for nodes, ()-[r:TYPE]-() for relationships.</summary>
    private (Variable Variable, List<string> Labels, bool IsRelationship) ParseSchemaEntity()
    {
        Expect(TokenKind.LeftParen, "'('");
        if (Accept(TokenKind.RightParen))
        {
            Accept(TokenKind.LessThan);
            Expect(TokenKind.Minus, "'-'");
            Expect(TokenKind.LeftBracket, "'['");
            var relVariable = ParseVariable();
            var types = ParseLabelAlternatives();
            Expect(TokenKind.RightBracket, "']'");
            Expect(TokenKind.Minus, "'-'");
            Accept(TokenKind.GreaterThan);
            Expect(TokenKind.LeftParen, "'('");
            Expect(TokenKind.RightParen, "')'");
            return (relVariable, types, true);
        }
        var variable = ParseVariable();
        var labels = ParseLabelAlternatives();
        Expect(TokenKind.RightParen, "')'");
        return (variable, labels, false);
    }

    private List<string> ParseLabelAlternatives()
    {
        Expect(TokenKind.Colon, "':'");
        var labels = new List<string> { ExpectName("a label name").Value };
        while (Accept(TokenKind.Pipe))
        {
            labels.Add(ExpectName("a label name").Value);
        }
        return labels;
    }

    private List<string> ParsePropertyList(TokenKind close)
    {
        var properties = new List<string>();
        do
        {
            ExpectName("a variable name");
            Expect(TokenKind.Dot, "'.'");
            properties.Add(ExpectName("a property key name").Value);
        }
        while (Accept(TokenKind.Comma));
        Expect(close, close == TokenKind.RightParen ? "')'" : "']'");
        return properties;
    }

    private List<string> ParseNameList()
    {
        Expect(TokenKind.LeftParen, "'('");
        var names = new List<string>();
        do
        {
            names.Add(ExpectName("a property key name").Value);
        }
        while (Accept(TokenKind.Comma));
        Expect(TokenKind.RightParen, "')'");
        return names;
    }
}
