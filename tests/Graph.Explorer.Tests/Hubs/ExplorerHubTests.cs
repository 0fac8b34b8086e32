using System.Text.Json;
using Graph.Explorer.Results;
using Graph.Explorer.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace Graph.Explorer.Tests.Hubs;

public sealed class ExplorerHubTests(ExplorerServer server) : IClassFixture<ExplorerServer>
{
    private const string Student = "蒋孟良";

    [Fact]
    public async Task Search_ChineseName_StreamsTheMatchingPerson()
    {
        await using var connection = await server.ConnectAsync();

        var frames = await Frames.ReadAllAsync(connection, "Search", Student, 10);

        Assert.Equal(QueryFrame.KeysKind, frames[0].Kind);
        Assert.Equal(QueryFrame.SummaryKind, frames[^1].Kind);
        var node = Assert.Single(frames.Rows(), row => row[0].Property("name") == Student)[0];
        Assert.Equal("node", node!["$type"]!.GetValue<string>());
        Assert.Contains("Person", node.Labels());
    }

    [Fact]
    public async Task Search_EnglishNameInOtherCase_FindsTheSameNode()
    {
        await using var connection = await server.ConnectAsync();
        var byChinese = (await Frames.ReadAllAsync(connection, "Search", Student, 10)).Rows()
            .Single(row => row[0].Property("name") == Student)[0];
        var english = byChinese.Property("name_en")!;

        var frames = await Frames.ReadAllAsync(connection, "Search", english.ToUpperInvariant(), 10);

        Assert.Contains(frames.Rows(), row => row[0]!["elementId"]!.GetValue<string>() == byChinese!["elementId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Search_Limit_CapsTheRows()
    {
        await using var connection = await server.ConnectAsync();

        var frames = await Frames.ReadAllAsync(connection, "Search", "", 3);

        Assert.Equal(3, frames.Rows().Count);
    }

    [Fact]
    public async Task Expand_Student_ReturnsRelationshipsToASchool()
    {
        await using var connection = await server.ConnectAsync();
        var student = (await Frames.ReadAllAsync(connection, "Search", Student, 10)).Rows()
            .Single(row => row[0].Property("name") == Student)[0]!;
        var id = student["elementId"]!.GetValue<string>();

        var rows = (await Frames.ReadAllAsync(connection, "Expand", id, 50)).Rows();

        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            Assert.Equal("relationship", row[0]!["$type"]!.GetValue<string>());
            Assert.True(row[0]!["start"]!.GetValue<string>() == id || row[0]!["end"]!.GetValue<string>() == id);
        });
        Assert.Contains(rows, row => row[1].Labels().Contains("School"));
    }

    [Fact]
    public async Task GetSavedQueries_Catalogue_ListsQueriesWithTitlesAndText()
    {
        await using var connection = await server.ConnectAsync();

        var queries = await connection.InvokeAsync<List<SavedQueryInfo>>("GetSavedQueries");

        Assert.NotEmpty(queries);
        Assert.All(queries, q =>
        {
            Assert.False(string.IsNullOrWhiteSpace(q.Name));
            Assert.False(string.IsNullOrWhiteSpace(q.Title));
            Assert.Contains("RETURN", q.Text, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task RunSaved_EveryQueryWithDefaults_StreamsRowsWithoutError()
    {
        await using var connection = await server.ConnectAsync();
        var queries = await connection.InvokeAsync<List<SavedQueryInfo>>("GetSavedQueries");

        foreach (var query in queries)
        {
            var frames = await Frames.ReadAllAsync(connection, "RunSaved", query.Name, null);

            Assert.True(frames.Error() is null, $"{query.Name}: {frames.Error()}");
            Assert.Equal(QueryFrame.SummaryKind, frames[^1].Kind);
        }
    }

    [Fact]
    public async Task RunSaved_UnknownName_ReturnsAnErrorFrame()
    {
        await using var connection = await server.ConnectAsync();

        var frames = await Frames.ReadAllAsync(connection, "RunSaved", "no/such-query", null);

        Assert.Equal("Neo.ClientError.Request.Invalid", frames.Error()?.Code);
    }

    [Fact]
    public async Task RunCypher_SyntaxErrorThenGoodQuery_ReportsPositionAndKeepsTheConnection()
    {
        await using var connection = await server.ConnectAsync();

        var bad = await Frames.ReadAllAsync(connection, "RunCypher", "MATCH (n)\nRETURN n LIMT 1", null);
        var good = await Frames.ReadAllAsync(connection, "RunCypher", "RETURN 1 + $x AS two",
            JsonDocument.Parse("""{"x": 1}""").RootElement);

        var error = Assert.IsType<QueryError>(bad.Error());
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal(2, error.Line);
        Assert.Equal(10, error.Column);
        Assert.Equal(19, error.Start);
        Assert.Null(good.Error());
        Assert.Equal(2, Assert.Single(good.Rows())[0]!.GetValue<long>());
    }

    [Fact]
    public async Task RunCypher_WriteClause_IsRefusedByTheReadSession()
    {
        await using var connection = await server.ConnectAsync();

        var frames = await Frames.ReadAllAsync(connection, "RunCypher", "CREATE (:Intruder {name: 'x'})", null);
        var check = await Frames.ReadAllAsync(connection, "RunCypher", "MATCH (n:Intruder) RETURN count(n) AS c", null);

        Assert.Equal("Neo.ClientError.Statement.AccessMode", frames.Error()?.Code);
        Assert.Equal(0, Assert.Single(check.Rows())[0]!.GetValue<long>());
    }

    [Fact]
    public async Task RunCypher_CancelledStream_StopsTheQueryAndTheConnectionStaysUsable()
    {
        var stopped = server.RegisterEndlessProcedure();
        await using var connection = await server.ConnectAsync();
        using var cancel = new CancellationTokenSource();
        var received = 0;

        var reading = Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            var stream = connection.StreamAsyncCore<QueryFrame>("RunCypher",
                ["CALL test.endless() YIELD n RETURN n", null], cancel.Token);
            await foreach (var frame in stream)
            {
                if (frame.Kind == QueryFrame.RowKind && ++received == 5)
                {
                    await cancel.CancelAsync();
                }
            }
        });

        await reading.WaitAsync(Frames.Timeout);
        await stopped.WaitAsync(Frames.Timeout);
        Assert.True(received >= 5);
        var after = await Frames.ReadAllAsync(connection, "RunCypher", "RETURN 'still here' AS s", null);
        Assert.Equal("still here", Assert.Single(after.Rows())[0]!.GetValue<string>());
    }

    [Fact]
    public async Task RunCypher_QueryPastTheTimeout_EndsWithTransactionTimedOut()
    {
        await using var shortFuse = await ExplorerServer.StartAsync(
            new Dictionary<string, string?> { ["Shanhai:QueryTimeoutSeconds"] = "1" });
        var stopped = shortFuse.RegisterEndlessProcedure();
        await using var connection = await shortFuse.ConnectAsync();

        var frames = await Frames.ReadAllAsync(connection, "RunCypher", "CALL test.endless() YIELD n RETURN count(n) AS c", null);

        Assert.Equal("Neo.ClientError.Transaction.TransactionTimedOut", frames.Error()?.Code);
        await stopped.WaitAsync(Frames.Timeout);
    }
}
