using Graph.Bolt.Tests.Support;

namespace Graph.Bolt.Tests.Client;

/// <summary>Our client against our server over the embedded engine.</summary>
public sealed class BoltClientAgainstOurServerTests : BoltClientScenarios
{
    private BoltTestServer _server = null!;

    protected override (string User, string Password) Credentials => (BoltTestServer.User, BoltTestServer.Password);

    protected override async Task<Uri> StartAsync()
    {
        _server = await BoltTestServer.StartAsync(TestDatabases.Create());
        return new Uri(_server.BoltUri);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _server.DisposeAsync();
        await _server.Database.DisposeAsync();
    }

    [Fact] public Task AuthSuccess_BasicAuth_ConnectsAndRuns() => AuthSuccessScenario();

    [Fact] public Task AuthFailure_WrongPassword_RaisesUnauthorized() => AuthFailureScenario(new Uri(_server.BoltUri));

    [Fact] public Task Values_EveryType_RoundTripAsParameterAndResult() => ValuesScenario();

    [Fact] public Task LargeResult_SmallFetchSize_StreamsAllRows() => LargeResultScenario();

    [Fact] public Task Transactions_CommitRollbackAndManaged_BehaveAsNeo4j() => TransactionsScenario();

    [Fact] public Task Bookmarks_BetweenSessions_AreChained() => BookmarksScenario();

    [Fact] public Task SyntaxError_RaisesSyntaxErrorCode() => SyntaxErrorScenario();

    [Fact] public Task ReadSession_Write_IsRefusedWithAccessMode() => ReadSessionWriteScenario();

    [Fact] public Task ConcurrentSessions_Fifty_AllSucceed() => ConcurrentSessionsScenario();

    [Fact] public Task Routing_Neo4jScheme_UsesRouteAnswer() =>
        RoutingScenario(new Uri(_server.BoltUri.Replace("bolt://", "neo4j://", StringComparison.Ordinal)));
}
