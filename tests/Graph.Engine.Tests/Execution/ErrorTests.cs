using Graph.Core;

namespace Graph.Engine.Tests.Execution;

public sealed class ErrorTests : EngineTestBase
{
    [Fact]
    public async Task UndefinedVariable_CompileError_CodeDetailAndPosition()
    {
        var error = await FailsAsync("MATCH (n)\nRETURN m");
        Assert.Equal(StatusCodes.SyntaxError, error.Code);
        Assert.Equal("UndefinedVariable", error.Detail);
        Assert.Equal(17, error.Span?.Start);
        Assert.Contains("(line 2, column 8 (offset: 17))", error.Message);
    }

    [Fact]
    public async Task PropertyAccessOnInteger_RuntimeTypeError()
    {
        var error = await FailsAsync("UNWIND [1] AS x RETURN x.name");
        Assert.Equal(StatusCodes.TypeError, error.Code);
        Assert.Equal("PropertyAccessOnNonMap", error.Detail);
    }

    [Fact]
    public async Task MapAsPropertyValue_InvalidPropertyType_AndNothingWritten()
    {
        var error = await FailsAsync("CREATE (n:A) SET n.m = {x: 1}");
        Assert.Equal("InvalidPropertyType", error.Detail);
        Assert.Equal(0L, await ScalarAsync("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task MergeNullProperty_MergeReadOwnWrites()
    {
        var error = await FailsAsync("MERGE (n:A {k: null})");
        Assert.Equal(StatusCodes.SemanticError, error.Code);
        Assert.Equal("MergeReadOwnWrites", error.Detail);
    }

    [Fact]
    public async Task MissingParameter_RaisedBeforeRunning()
    {
        await using var session = Database.Session();
        var error = await Assert.ThrowsAsync<GraphException>(() => session.RunAsync("RETURN $p"));
        Assert.Equal(StatusCodes.ParameterMissing, error.Code);
    }

    [Fact]
    public async Task UnknownProcedure_ProcedureNotFound()
    {
        var error = await FailsAsync("CALL no.such.proc()");
        Assert.Equal(StatusCodes.ProcedureNotFound, error.Code);
    }

    [Fact]
    public async Task NegativeLimit_FromParameter_RuntimeError()
    {
        var error = await FailsAsync("UNWIND [1, 2] AS x RETURN x LIMIT $n", new { n = -1L });
        Assert.Equal("NegativeIntegerArgument", error.Detail);
    }

    [Fact]
    public async Task FailedAutoCommitWrite_AfterPartialWrites_LeavesNothing()
    {
        var error = await FailsAsync("UNWIND [1, 2, 0] AS x CREATE (:N {v: 10 / x})");
        Assert.Equal(StatusCodes.ArithmeticError, error.Code);
        Assert.Equal(0L, await ScalarAsync("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task PropertyAccessOnProjectedLiteral_CompileTimeTypeError()
    {
        await using var session = Database.Session();
        var error = await Assert.ThrowsAsync<GraphException>(() => session.RunAsync("WITH 123 AS x RETURN x.num"));
        Assert.Equal(StatusCodes.TypeError, error.Code);
        Assert.Equal("InvalidArgumentType", error.Detail);
    }
}
