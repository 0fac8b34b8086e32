namespace Graph.Engine.Tests.Tck;

public class TckRunLogTests
{
    [Theory]
    [InlineData("SyntaxError/UnexpectedSyntax: Invalid input 'x': expected y", "SyntaxError/UnexpectedSyntax")]
    [InlineData("TypeError: Cannot add", "TypeError")]
    [InlineData("crash: NullReferenceException: Object reference not set", "crash: NullReferenceException")]
    [InlineData("setup failed: SyntaxError/UnexpectedSyntax: bad", "setup failed: SyntaxError/UnexpectedSyntax")]
    [InlineData("wrong error: expected detail A, got B (SyntaxError/B: m)", "wrong error: expected detail A, got B")]
    [InlineData("no error: expected SyntaxError at compile time: UndefinedVariable", "no error: expected SyntaxError at compile time: UndefinedVariable")]
    [InlineData("wrong result: wrong values", "wrong result: wrong values")]
    public void Cause_Reason_DropsTheMessageText(string reason, string expected)
    {
        Assert.Equal(expected, TckRunLog.Cause(reason));
    }

    [Fact]
    public void SummaryJson_Results_CountsPerFolderAndTotal()
    {
        var a = new TckCase("clauses/match/M1/[1] a", "clauses/match", "f", 1, []);
        var b = new TckCase("clauses/match/M1/[2] b", "clauses/match", "f", 2, []);
        var c = new TckCase("expressions/list/L1/[1] c", "expressions/list", "f", 1, []);

        var json = TckRunLog.SummaryJson([(a, TckOutcome.Pass), (b, TckOutcome.Fail("x", "")), (c, TckOutcome.Pass)]);

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(3, root.GetProperty("total").GetInt32());
        Assert.Equal(2, root.GetProperty("passed").GetInt32());
        Assert.Equal(1, root.GetProperty("failed").GetInt32());
        Assert.Equal(2, root.GetProperty("folders").GetProperty("clauses/match").GetProperty("total").GetInt32());
        Assert.Equal(1, root.GetProperty("folders").GetProperty("clauses/match").GetProperty("passed").GetInt32());
        Assert.Equal(1, root.GetProperty("folders").GetProperty("expressions/list").GetProperty("passed").GetInt32());
    }
}
