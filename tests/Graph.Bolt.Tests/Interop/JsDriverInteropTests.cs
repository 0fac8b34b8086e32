using Graph.Bolt.Tests.Support;
using Graph.Core;

namespace Graph.Bolt.Tests.Interop;

/// <summary>The official neo4j-driver (npm, locked in package-lock.json) against our server; one case per scenario.</summary>
public sealed class JsDriverInteropTests : IAsyncLifetime
{
    private BoltTestServer _server = null!;

    public async Task InitializeAsync() => _server = await BoltTestServer.StartAsync(TestDatabases.Create());

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _server.Database.DisposeAsync();
    }

    private async Task<string> RunAsync(string scenario, string? password = null)
    {
        var (exit, output) = await NodeInterop.RunScenarioAsync(scenario, _server.BoltUri, BoltTestServer.User,
            password ?? BoltTestServer.Password);
        Assert.True(exit == 0, $"scenario {scenario} exited {exit}:\n{output}");
        return output;
    }

    [Fact]
    public async Task AuthSuccess_BasicAuth_ConnectsAndRuns()
    {
        var output = await RunAsync("auth-success");
        Assert.Contains("OK auth-success agent=Neo4j/5.26.0 protocol=5.8", output);
    }

    [Fact]
    public async Task AuthFailure_WrongPassword_RaisesUnauthorized()
    {
        Assert.Contains($"OK auth-failure code={StatusCodes.Unauthorized}", await RunAsync("auth-failure"));
    }

    [Fact]
    public async Task Values_EveryType_RoundTripAsParameterAndResult()
    {
        Assert.Contains("OK values 24 parameter types and node, relationship, path", await RunAsync("values"));
    }

    [Fact]
    public async Task LargeResult_SmallFetchSize_StreamsAllRows()
    {
        Assert.Contains("OK large-result rows=100000 sum=5000050000", await RunAsync("large-result"));
    }

    [Fact]
    public async Task Transactions_CommitRollbackAndManaged_BehaveAsNeo4j()
    {
        Assert.Contains("OK transactions committed=2 rolledBack=1 managed=1", await RunAsync("transactions"));
    }

    [Fact]
    public async Task Bookmarks_BetweenSessions_AreChained()
    {
        Assert.Contains("OK bookmarks bookmark=", await RunAsync("bookmarks"));
    }

    [Fact]
    public async Task SyntaxError_RaisesNeo4jErrorWithSyntaxErrorCode()
    {
        Assert.Contains($"OK syntax-error code={StatusCodes.SyntaxError}", await RunAsync("syntax-error"));
    }

    [Fact]
    public async Task ReadSession_Write_IsRefusedWithAccessMode()
    {
        Assert.Contains($"OK read-session-write code={StatusCodes.AccessMode}", await RunAsync("read-session-write"));
    }

    [Fact]
    public async Task ConcurrentSessions_Fifty_AllSucceed()
    {
        Assert.Contains("OK concurrent-sessions sessions=50", await RunAsync("concurrent-sessions"));
        await _server.WaitForNoConnectionsAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Routing_Neo4jScheme_UsesRouteAnswer()
    {
        Assert.Contains("OK routing read=1", await RunAsync("routing"));
    }
}
