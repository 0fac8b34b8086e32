using Graph.Core;
using Graph.Cypher.Diagnostics;

namespace Graph.Cypher.Tests;

public class ParserErrorTests
{
    [Fact]
    public void Parse_MisspelledClause_ReportsSyntaxErrorAtWord()
    {
        const string text = "MATCH (n)\nRETRUN n";
        var result = CypherParser.Parse(text);

        Assert.Null(result.Statement);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(StatusCodes.SyntaxError, diagnostic.Code);
        Assert.Equal(ErrorDetails.UnexpectedSyntax, diagnostic.Detail);
        Assert.Equal((2, 1), diagnostic.Span.LineColumn(text));
        Assert.Equal(10, diagnostic.Span.Start);
    }

    [Fact]
    public void ToException_SyntaxError_RendersNeo4jPositionAndCarets()
    {
        const string text = "MATCH (n)\nRETRUN n";
        var exception = CypherParser.Parse(text).Diagnostics[0].ToException(text);

        Assert.Equal(StatusCodes.SyntaxError, exception.Code);
        var lines = exception.Message.Split('\n');
        Assert.StartsWith("Invalid input 'RETRUN': expected ", lines[0]);
        Assert.EndsWith("(line 2, column 1 (offset: 10))", lines[0]);
        Assert.Equal("\"RETRUN n\"", lines[1]);
        Assert.Equal(" ^^^^^^", lines[2]);
    }

    [Fact]
    public void Parse_TwoBrokenClauses_RecoversAndReportsBoth()
    {
        const string text = "MATCH (n RETURN n.x + WITH 1 AS x RETURN x";
        var result = CypherParser.Parse(text);

        Assert.Equal(2, result.Diagnostics.Count);
        Assert.Equal(9, result.Diagnostics[0].Span.Start);
    }

    [Theory]
    [InlineData("RETURN 9223372036854775808", ErrorDetails.IntegerOverflow, 8)]
    [InlineData("RETURN -0x8000000000000001", ErrorDetails.IntegerOverflow, 8)]
    [InlineData("RETURN 0x", ErrorDetails.InvalidNumberLiteral, 8)]
    [InlineData("RETURN 0o18", ErrorDetails.InvalidNumberLiteral, 8)]
    [InlineData("RETURN 1.34E999", ErrorDetails.FloatingPointOverflow, 8)]
    [InlineData("RETURN '\\uH'", ErrorDetails.InvalidUnicodeLiteral, 9)]
    [InlineData("RETURN 42 \u2014 41", ErrorDetails.InvalidUnicodeCharacter, 11)]
    [InlineData("RETURN {k1#k: 1}", ErrorDetails.UnexpectedSyntax, 11)]
    public void Parse_BadLiteral_ReportsDetailAndColumn(string text, string detail, int column)
    {
        var diagnostic = CypherParser.Parse(text).Diagnostics[0];

        Assert.Equal(StatusCodes.SyntaxError, diagnostic.Code);
        Assert.Equal(detail, diagnostic.Detail);
        Assert.Equal(column, diagnostic.Span.LineColumn(text).Column);
    }

    [Theory]
    [InlineData("RETURN -9223372036854775808 AS x", long.MinValue)]
    [InlineData("RETURN -0x8000000000000000 AS x", long.MinValue)]
    [InlineData("RETURN 0o777 AS x", 511L)]
    public void Parse_ExtremeIntegers_AreLiterals(string text, long expected)
    {
        var result = CypherParser.Parse(text);

        Assert.True(result.Success);
        var query = (Ast.SingleQuery)((Ast.QueryStatement)result.Statement!).Query;
        var item = ((Ast.ReturnClause)query.Clauses[0]).Body.Items[0];
        Assert.Equal(expected, ((Ast.Literal)item.Expression).Value);
    }

    [Theory]
    [InlineData("(")]
    [InlineData("[")]
    [InlineData("-")]
    [InlineData("NOT ")]
    [InlineData("{a: ")]
    public void Parse_DeeplyNestedInput_ReportsNestingDiagnostic(string opener)
    {
        var text = "RETURN " + string.Concat(Enumerable.Repeat(opener, 100_000)) + "1";
        var result = CypherParser.Parse(text);

        Assert.Null(result.Statement);
        Assert.Equal(ErrorDetails.NestingTooDeep, result.Diagnostics[0].Detail);
    }

    [Fact]
    public void Parse_LongOperatorChain_IsBoundedNotOverflowing()
    {
        var text = "RETURN 1" + string.Concat(Enumerable.Repeat(" + 1", 100_000));
        var result = CypherParser.Parse(text);

        Assert.Equal(ErrorDetails.NestingTooDeep, Assert.Single(result.Diagnostics).Detail);
    }

    [Fact]
    public void Parse_ModerateOperatorChain_Succeeds()
    {
        var text = "RETURN 1" + string.Concat(Enumerable.Repeat(" + 1", 100));

        Assert.True(CypherParser.Parse(text).Success);
    }

    [Theory]
    [InlineData("RETURN ", "EXISTS { MATCH (n) WHERE ", "true", " }")]
    [InlineData("", "CALL { ", "RETURN 1 AS x", " } RETURN 1 AS x")]
    [InlineData("", "FOREACH (x IN [1] | ", "CREATE ()", ")")]
    public void Parse_DeeplyNestedSubqueries_ReportsNestingDiagnostic(string prefix, string open, string inner, string close)
    {
        var text = prefix + string.Concat(Enumerable.Repeat(open, 5_000)) + inner + string.Concat(Enumerable.Repeat(close, 5_000));
        var result = CypherParser.Parse(text);

        Assert.Null(result.Statement);
        Assert.Equal(ErrorDetails.NestingTooDeep, result.Diagnostics[0].Detail);
    }

    [Fact]
    public void Parse_ThousandsOfUnions_ReportsNestingDiagnostic()
    {
        var text = string.Join(" UNION ", Enumerable.Repeat("RETURN 1 AS a", 5_000));
        var result = CypherParser.Parse(text);

        Assert.Null(result.Statement);
        Assert.Equal(ErrorDetails.NestingTooDeep, result.Diagnostics[0].Detail);
    }
}
