using Graph.Bolt.Messages;
using Graph.Bolt.Tests.Support;
using Graph.Core;
using Graph.Core.Values;

namespace Graph.Bolt.Tests.Server;

/// <summary>C:/S: transcripts against the real server over TCP (bolt.md §4, §6).</summary>
public sealed class BoltServerSessionTests : IAsyncLifetime
{
    private readonly FakeGraphDatabase _database = new();
    private BoltTestServer _server = null!;

    public async Task InitializeAsync() => _server = await BoltTestServer.StartAsync(_database);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);

    private async Task<RawBoltClient> ReadyAsync(BoltVersion version)
    {
        var client = await RawBoltClient.OpenAsync(_server.Port, version);
        await client.HelloAsync(version);
        return client;
    }

    [Fact]
    public async Task Hello_Bolt58_AnswersServerAgentAndConnectionId()
    {
        await using var client = await RawBoltClient.OpenAsync(_server.Port, BoltVersion.V5_8);
        await client.SendMessageAsync(MessageSignature.Hello, Map(("user_agent", "t/1")));
        var success = await client.ReceiveAsync();
        Assert.True(success.IsSuccess);
        Assert.Equal("Neo4j/5.26.0", success.Metadata["server"]);
        Assert.StartsWith("bolt-", (string)success.Metadata["connection_id"]!);
    }

    [Fact]
    public async Task Logon_WrongPassword_FailsUnauthorizedAndCloses()
    {
        await using var client = await RawBoltClient.OpenAsync(_server.Port, BoltVersion.V5_8);
        await client.SendMessageAsync(MessageSignature.Hello, Map(("user_agent", "t/1")));
        Assert.True((await client.ReceiveAsync()).IsSuccess);
        await client.SendMessageAsync(MessageSignature.Logon,
            Map(("scheme", "basic"), ("principal", "neo4j"), ("credentials", "wrong")));
        var failure = await client.ReceiveAsync();
        Assert.True(failure.IsFailure);
        Assert.Equal(StatusCodes.Unauthorized, failure.Metadata["neo4j_code"]);
        Assert.Empty(await client.ReadUntilClosedAsync());
    }

    [Fact]
    public async Task Hello_Bolt44WithInlineAuth_IsReadyForRun()
    {
        await using var client = await ReadyAsync(BoltVersion.V4_4);
        await client.SendMessageAsync(MessageSignature.Run, "RETURN 1", Map(), Map());
        await client.SendMessageAsync(MessageSignature.Pull, Map(("n", -1L)));
        Assert.Equal(new List<object?> { "1" }, (await client.ReceiveAsync()).Metadata["fields"]);
        Assert.Equal(new List<object?> { 1L }, (await client.ReceiveAsync()).Fields);
        Assert.True((await client.ReceiveAsync()).IsSuccess);
    }

    [Fact]
    public async Task Run_NoAuthYet_IsProtocolViolationAndCloses()
    {
        await using var client = await RawBoltClient.OpenAsync(_server.Port, BoltVersion.V5_8);
        await client.SendMessageAsync(MessageSignature.Run, "RETURN 1", Map(), Map());
        var failure = await client.ReceiveAsync();
        Assert.Equal(StatusCodes.RequestInvalid, failure.Metadata["neo4j_code"]);
        Assert.Contains("RUN cannot be handled by session in the NEGOTIATION state", (string)failure.Metadata["message"]!);
        Assert.Equal("08N06", failure.Metadata["gql_status"]);
        Assert.Empty(await client.ReadUntilClosedAsync());
    }

    [Fact]
    public async Task RunPull_AutoCommit_StreamsRecordsThenSummaryWithBookmark()
    {
        await using var client = await ReadyAsync(BoltVersion.V5_8);
        await client.SendMessageAsync(MessageSignature.Run, "UNWIND range(1, 5) AS x RETURN x", Map(), Map());
        await client.SendMessageAsync(MessageSignature.Pull, Map(("n", 2L)));
        var run = await client.ReceiveAsync();
        Assert.Equal(new List<object?> { "x" }, run.Metadata["fields"]);
        Assert.Equal("neo4j", run.Metadata["db"]);
        Assert.False(run.Metadata.ContainsKey("qid"));
        Assert.Equal(1L, (await client.ReceiveAsync()).Fields[0]);
        Assert.Equal(2L, (await client.ReceiveAsync()).Fields[0]);
        Assert.Equal(true, (await client.ReceiveAsync()).Metadata["has_more"]);
        await client.SendMessageAsync(MessageSignature.Pull, Map(("n", -1L)));
        for (var i = 3L; i <= 5; i++)
        {
            Assert.Equal(new List<object?> { i }, (await client.ReceiveAsync()).Fields);
        }
        var summary = await client.ReceiveAsync();
        Assert.True(summary.IsSuccess);
        Assert.False(summary.Metadata.ContainsKey("has_more"));
        Assert.Equal("r", summary.Metadata["type"]);
        Assert.Equal(_database.LastBookmark, summary.Metadata["bookmark"]);
    }

    [Fact]
    public async Task Discard_AutoCommit_SendsNoRecords()
    {
        await using var client = await ReadyAsync(BoltVersion.V5_8);
        await client.SendMessageAsync(MessageSignature.Run, "UNWIND range(1, 5) AS x RETURN x", Map(), Map());
        await client.SendMessageAsync(MessageSignature.Discard, Map(("n", -1L)));
        Assert.True((await client.ReceiveAsync()).IsSuccess);
        var summary = await client.ReceiveAsync();
        Assert.True(summary.IsSuccess);
        Assert.True(summary.Metadata.ContainsKey("bookmark"));
    }

    [Fact]
    public async Task SyntaxError_Pipelined_FailureThenIgnoredUntilReset()
    {
        await using var client = await ReadyAsync(BoltVersion.V5_6);
        await client.SendMessageAsync(MessageSignature.Run, "RETRUN 1", Map(), Map());
        await client.SendMessageAsync(MessageSignature.Pull, Map(("n", -1L)));
        await client.SendMessageAsync(MessageSignature.Run, "RETURN 1", Map(), Map());
        var failure = await client.ReceiveAsync();
        Assert.True(failure.IsFailure);
        Assert.Equal(StatusCodes.SyntaxError, failure.Metadata["code"]);
        Assert.False(failure.Metadata.ContainsKey("neo4j_code"));
        Assert.True((await client.ReceiveAsync()).IsIgnored);
        Assert.True((await client.ReceiveAsync()).IsIgnored);
        await client.SendMessageAsync(MessageSignature.Reset);
        Assert.True((await client.ReceiveAsync()).IsSuccess);
        await client.SendMessageAsync(MessageSignature.Run, "RETURN 1", Map(), Map());
        Assert.True((await client.ReceiveAsync()).IsSuccess);
    }

    [Fact]
    public async Task SyntaxError_Bolt57_HasGqlFieldsAndPosition()
    {
        await using var client = await ReadyAsync(BoltVersion.V5_7);
        await client.SendMessageAsync(MessageSignature.Run, "RETRUN 1", Map(), Map());
        var failure = await client.ReceiveAsync();
        Assert.Equal(StatusCodes.SyntaxError, failure.Metadata["neo4j_code"]);
        Assert.False(failure.Metadata.ContainsKey("code"));
        Assert.Equal("42001", failure.Metadata["gql_status"]);
        var diagnostics = (IReadOnlyDictionary<string, object?>)failure.Metadata["diagnostic_record"]!;
        Assert.Equal("CLIENT_ERROR", diagnostics["_classification"]);
        var position = (IReadOnlyDictionary<string, object?>)diagnostics["_position"]!;
        Assert.Equal((0L, 1L, 1L), ((long)position["offset"]!, (long)position["line"]!, (long)position["column"]!));
    }

    [Fact]
    public async Task Parameters_EveryType_RoundTripThroughServer()
    {
        await using var client = await ReadyAsync(BoltVersion.V5_8);
        var values = new Dictionary<string, object?>
        {
            ["n"] = null, ["b"] = true, ["i"] = long.MinValue, ["f"] = 1.5, ["s"] = "山海", ["y"] = new byte[] { 1, 2 },
            ["l"] = new List<object?> { 1L, "a" }, ["m"] = Map(("k", 1L)), ["d"] = new CypherDate(19000),
            ["t"] = new CypherTime(1, 3600), ["lt"] = new CypherLocalTime(2), ["ldt"] = new CypherLocalDateTime(3, 4),
            ["dt"] = new CypherDateTime(4500, 42, 3600, null), ["dz"] = new CypherDateTime(4500, 42, 3600, "Europe/Paris"),
            ["du"] = new CypherDuration(1, 2, 3, 4), ["p2"] = new CypherPoint(7203, 1, 2, null),
            ["p3"] = new CypherPoint(9157, 1, 2, 3),
        };
        var query = "RETURN " + string.Join(", ", values.Keys.Select(k => $"${k} AS {k}"));
        await client.SendMessageAsync(MessageSignature.Run, query, values, Map());
        await client.SendMessageAsync(MessageSignature.Pull, Map(("n", -1L)));
        Assert.Equal(values.Keys.Cast<object?>().ToList(), (await client.ReceiveAsync()).Metadata["fields"]);
        var record = (await client.ReceiveAsync()).Fields;
        Assert.Equal(values.Values.ToList(), record);
    }

    [Fact]
    public async Task Transaction_TwoResults_UseQidsAndCommitReturnsBookmark()
    {
        await using var client = await ReadyAsync(BoltVersion.V5_8);
        await client.SendMessageAsync(MessageSignature.Begin, Map(("bookmarks", new List<object?> { "FB:0" })));
        await client.SendMessageAsync(MessageSignature.Run, "CREATE (:Item {id: $id})", Map(("id", 1L)), Map());
        await client.SendMessageAsync(MessageSignature.Run, "UNWIND range(1, 3) AS x RETURN x", Map(), Map());
        Assert.True((await client.ReceiveAsync()).IsSuccess);
        Assert.Equal(0L, (await client.ReceiveAsync()).Metadata["qid"]);
        Assert.Equal(1L, (await client.ReceiveAsync()).Metadata["qid"]);
        await client.SendMessageAsync(MessageSignature.Pull, Map(("n", 1L), ("qid", 0L)));
        var created = await client.ReceiveAsync();
        Assert.Equal("w", created.Metadata["type"]);
        Assert.Equal(1L, ((IReadOnlyDictionary<string, object?>)created.Metadata["stats"]!)["nodes-created"]);
        Assert.False(created.Metadata.ContainsKey("bookmark"));
        await client.SendMessageAsync(MessageSignature.Pull, Map(("n", -1L)));
        for (var i = 0; i < 4; i++) await client.ReceiveAsync();
        Assert.Equal(0, _database.ItemCount);
        await client.SendMessageAsync(MessageSignature.Commit);
        var commit = await client.ReceiveAsync();
        Assert.Equal(_database.LastBookmark, commit.Metadata["bookmark"]);
        Assert.Equal(1, _database.ItemCount);
    }

    [Fact]
    public async Task Transaction_Rollback_DiscardsWrites()
    {
        await using var client = await ReadyAsync(BoltVersion.V5_8);
        await client.SendMessageAsync(MessageSignature.Begin, Map());
        await client.SendMessageAsync(MessageSignature.Run, "CREATE (:Item {id: $id})", Map(("id", 1L)), Map());
        await client.SendMessageAsync(MessageSignature.Pull, Map(("n", -1L)));
        await client.SendMessageAsync(MessageSignature.Rollback);
        for (var i = 0; i < 4; i++) Assert.True((await client.ReceiveAsync()).IsSuccess);
        Assert.Equal(0, _database.ItemCount);
    }

    [Fact]
    public async Task Write_InReadMode_FailsWithAccessModeFromThePort()
    {
        await using var client = await ReadyAsync(BoltVersion.V5_8);
        await client.SendMessageAsync(MessageSignature.Run, "CREATE (:Item {id: $id})", Map(("id", 1L)), Map(("mode", "r")));
        var failure = await client.ReceiveAsync();
        Assert.Equal(StatusCodes.AccessMode, failure.Metadata["neo4j_code"]);
    }

    [Fact]
    public async Task Reset_DuringTransaction_RollsBackAndReturnsToReady()
    {
        await using var client = await ReadyAsync(BoltVersion.V5_8);
        await client.SendMessageAsync(MessageSignature.Begin, Map());
        await client.SendMessageAsync(MessageSignature.Run, "CREATE (:Item {id: $id})", Map(("id", 1L)), Map());
        await client.SendMessageAsync(MessageSignature.Reset);
        await client.ReceiveAsync();
        await client.ReceiveAsync();
        Assert.True((await client.ReceiveAsync()).IsSuccess);
        await client.SendMessageAsync(MessageSignature.Run, "RETURN 1", Map(), Map());
        Assert.True((await client.ReceiveAsync()).IsSuccess);
        Assert.Equal(0, _database.ItemCount);
    }

    [Fact]
    public async Task Reset_DuringLongPull_InterruptsAndAnswersInOrder()
    {
        await using var client = await ReadyAsync(BoltVersion.V5_8);
        await client.SendMessageAsync(MessageSignature.Run, "UNWIND range(1, 100000000) AS x RETURN x", Map(), Map());
        await client.SendMessageAsync(MessageSignature.Pull, Map(("n", -1L)));
        Assert.True((await client.ReceiveAsync()).IsSuccess);
        Assert.True((await client.ReceiveAsync()).IsRecord);
        await client.SendMessageAsync(MessageSignature.Reset);
        BoltResponse response;
        do
        {
            response = await client.ReceiveAsync();
        } while (response.IsRecord);
        Assert.True(response.IsIgnored);
        Assert.True((await client.ReceiveAsync()).IsSuccess);
        await client.SendMessageAsync(MessageSignature.Run, "RETURN 1", Map(), Map());
        Assert.True((await client.ReceiveAsync()).IsSuccess);
    }

    [Fact]
    public async Task Route_AnswersRoutingTableWithAllRolesOnDialledAddress()
    {
        await using var client = await ReadyAsync(BoltVersion.V5_8);
        await client.SendMessageAsync(MessageSignature.Route, Map(("address", "example:7687")), new List<object?>(), Map());
        var rt = (IReadOnlyDictionary<string, object?>)(await client.ReceiveAsync()).Metadata["rt"]!;
        Assert.Equal("neo4j", rt["db"]);
        var servers = ((IReadOnlyList<object?>)rt["servers"]!).Cast<IReadOnlyDictionary<string, object?>>().ToList();
        Assert.Equal(new[] { "ROUTE", "READ", "WRITE" }, servers.Select(s => (string)s["role"]!));
        Assert.All(servers, s => Assert.Equal(new List<object?> { "example:7687" }, s["addresses"]));
    }

    [Fact]
    public async Task Telemetry_ValidAndInvalidApi_SuccessThenFailure()
    {
        await using var client = await ReadyAsync(BoltVersion.V5_8);
        await client.SendMessageAsync(MessageSignature.Telemetry, 2L);
        Assert.True((await client.ReceiveAsync()).IsSuccess);
        await client.SendMessageAsync(MessageSignature.Telemetry, 9L);
        Assert.True((await client.ReceiveAsync()).IsFailure);
    }

    [Fact]
    public async Task Logoff_ThenLogon_Reauthenticates()
    {
        await using var client = await ReadyAsync(BoltVersion.V5_8);
        await client.SendMessageAsync(MessageSignature.Logoff);
        Assert.True((await client.ReceiveAsync()).IsSuccess);
        await client.SendMessageAsync(MessageSignature.Logon,
            Map(("scheme", "basic"), ("principal", BoltTestServer.User), ("credentials", BoltTestServer.Password)));
        Assert.True((await client.ReceiveAsync()).IsSuccess);
    }

    [Fact]
    public async Task DateTime_Bolt44_RoundTripsInLegacyForm()
    {
        await using var client = await ReadyAsync(BoltVersion.V4_4);
        await client.SendMessageAsync(MessageSignature.Run, "RETURN $a AS a, $b AS b",
            Map(("a", new CypherDateTime(4500, 0, 3600, null)), ("b", 1L)), Map());
        await client.SendMessageAsync(MessageSignature.Pull, Map(("n", -1L)));
        await client.ReceiveAsync();
        var record = (await client.ReceiveAsync()).Fields;
        Assert.Equal(new CypherDateTime(4500, 0, 3600, null), record[0]);
    }

    [Fact]
    public async Task Goodbye_ClosesWithoutReply()
    {
        await using var client = await ReadyAsync(BoltVersion.V5_8);
        await client.SendMessageAsync(MessageSignature.Goodbye);
        Assert.Empty(await client.ReadUntilClosedAsync());
        await _server.WaitForNoConnectionsAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, _database.OpenSessions);
    }
}
