using Graph.Core;

namespace Graph.Engine.Tests.Execution;

public sealed class TransactionTests : EngineTestBase
{
    [Fact]
    public async Task ExplicitTransaction_Rollback_LeavesNothing()
    {
        await using (var session = Database.Session())
        {
            await using var transaction = await session.BeginTransactionAsync();
            await (await transaction.RunAsync("CREATE (:T)")).ConsumeAsync();
            await transaction.RollbackAsync();
        }
        Assert.Equal(0L, await ScalarAsync("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task ExplicitTransaction_Commit_Visible_AndBookmarkSet()
    {
        await using var session = Database.Session();
        await using (var transaction = await session.BeginTransactionAsync())
        {
            await (await transaction.RunAsync("CREATE (:T)")).ConsumeAsync();
            Assert.Equal(1L, (await (await transaction.RunAsync("MATCH (n) RETURN count(n) AS c")).ToListAsync())[0]["c"]);
            await transaction.CommitAsync();
        }
        Assert.NotEmpty(session.LastBookmarks);
        Assert.Equal(1L, await ScalarAsync("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task Reader_DoesNotSeeUncommittedWrites()
    {
        await using var writer = Database.Session();
        await using var transaction = await writer.BeginTransactionAsync();
        await (await transaction.RunAsync("CREATE (:T)")).ConsumeAsync();
        Assert.Equal(0L, await ScalarAsync("MATCH (n) RETURN count(n)"));
        await transaction.CommitAsync();
        Assert.Equal(1L, await ScalarAsync("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task FailedStatement_InTransaction_LeavesNoTrace_AndMarksFailed()
    {
        await ExecuteAsync("CREATE CONSTRAINT FOR (n:U) REQUIRE n.k IS UNIQUE");
        await ExecuteAsync("CREATE (:U {k: 1})");
        await using var session = Database.Session();
        var transaction = await session.BeginTransactionAsync();
        await (await transaction.RunAsync("CREATE (:Before)")).ConsumeAsync();
        var cursor = await transaction.RunAsync("UNWIND [2, 1] AS k CREATE (:U {k: k})");
        var error = await Assert.ThrowsAsync<GraphException>(() => cursor.ConsumeAsync());
        Assert.Equal(StatusCodes.ConstraintValidationFailed, error.Code);
        await Assert.ThrowsAsync<GraphException>(() => transaction.CommitAsync());
        Assert.Equal(1L, await ScalarAsync("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task ReadSession_Write_RejectedWithAccessMode()
    {
        var error = await FailsAsync("CREATE (:T)", mode: AccessMode.Read);
        Assert.Equal(StatusCodes.AccessMode, error.Code);
        Assert.Equal(0L, await ScalarAsync("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task ExecuteRead_Write_Rejected()
    {
        await using var session = Database.Session();
        var error = await Assert.ThrowsAsync<GraphException>(() =>
            session.ExecuteReadAsync(async tx => await (await tx.RunAsync("CREATE (:T)")).ConsumeAsync()));
        Assert.Equal(StatusCodes.AccessMode, error.Code);
    }

    [Fact]
    public async Task ExecuteWrite_CommitsWork()
    {
        await using var session = Database.Session();
        var count = await session.ExecuteWriteAsync(async tx =>
        {
            var cursor = await tx.RunAsync("CREATE (:T) WITH 1 AS x MATCH (n:T) RETURN count(n) AS c");
            return (await cursor.ToListAsync())[0]["c"];
        });
        Assert.Equal(1L, count);
        Assert.Equal(1L, await ScalarAsync("MATCH (n:T) RETURN count(n)"));
    }

    [Fact]
    public async Task Timeout_LongQuery_FailsWithTransactionTimedOut()
    {
        await ExecuteAsync("UNWIND [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] AS i CREATE (:N)");
        await using var session = Database.Session();
        var config = new TransactionConfig { Timeout = TimeSpan.FromMilliseconds(200) };
        var error = await Assert.ThrowsAsync<GraphException>(async () =>
        {
            var cursor = await session.RunAsync(
                "MATCH (a), (b), (c), (d), (e), (f), (g), (h), (i) RETURN count(*)", null, config);
            await cursor.ConsumeAsync();
        });
        Assert.Equal(StatusCodes.TransactionTimedOut, error.Code);
    }

    [Fact]
    public async Task ReadCursor_StreamsLazily_WhileWriterCommits()
    {
        await ExecuteAsync("UNWIND [1, 2, 3] AS i CREATE (:N {i: i})");
        await using var reader = Database.Session(new SessionOptions { AccessMode = AccessMode.Read });
        var cursor = await reader.RunAsync("MATCH (n:N) RETURN n.i AS i ORDER BY i");
        Assert.True(await cursor.FetchAsync());
        await ExecuteAsync("CREATE (:N {i: 4})");
        var rest = 0;
        while (await cursor.FetchAsync())
        {
            rest++;
        }
        Assert.Equal(2, rest);
    }

    [Fact]
    public async Task CompileError_CarriesPosition()
    {
        var error = await FailsAsync("MATCH (n) RETURN n.x +");
        Assert.Equal(StatusCodes.SyntaxError, error.Code);
        Assert.NotNull(error.Span);
        Assert.Contains("(line 1, column", error.Message);
    }

    [Fact]
    public async Task Procedure_Registered_IsCallable()
    {
        Database.RegisterProcedure(
            new Procedures.ProcedureSignature("test.double", [new("x", "INTEGER?")], [new("y", "INTEGER?")]),
            (arguments, _) => [[(long)arguments[0]! * 2]]);
        Assert.Equal(42L, await ScalarAsync("CALL test.double(21) YIELD y RETURN y"));
    }
}
