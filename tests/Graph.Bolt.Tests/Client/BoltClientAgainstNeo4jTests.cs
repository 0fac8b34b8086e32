namespace Graph.Bolt.Tests.Client;

/// <summary>Our client against a real Neo4j named by SHANHAI_NEO4J_URI (user:password in the URI); skipped without it.</summary>
public sealed class BoltClientAgainstNeo4jTests : BoltClientScenarios
{
    private static Uri? Target => Environment.GetEnvironmentVariable(Neo4jFactAttribute.Variable) is { Length: > 0 } text
        ? new Uri(text)
        : null;

    protected override (string User, string Password) Credentials
    {
        get
        {
            var parts = (Target?.UserInfo ?? "neo4j:").Split(':', 2);
            return (Uri.UnescapeDataString(parts[0]), Uri.UnescapeDataString(parts.ElementAtOrDefault(1) ?? ""));
        }
    }

    protected override Task<Uri> StartAsync() => Task.FromResult(Target ?? new Uri("bolt://127.0.0.1:7687"));

    public override async Task DisposeAsync()
    {
        if (Target is not null)
        {
            await base.DisposeAsync();
        }
    }

    private static Uri WithScheme(string scheme) => new UriBuilder(Target!) { Scheme = scheme }.Uri;

    [Neo4jFact] public Task AuthSuccess_BasicAuth_ConnectsAndRuns() => AuthSuccessScenario();

    [Neo4jFact] public Task AuthFailure_WrongPassword_RaisesUnauthorized() => AuthFailureScenario(Target!);

    [Neo4jFact] public Task Values_EveryType_RoundTripAsParameterAndResult() => ValuesScenario();

    [Neo4jFact] public Task LargeResult_SmallFetchSize_StreamsAllRows() => LargeResultScenario();

    [Neo4jFact] public Task Transactions_CommitRollbackAndManaged_BehaveAsNeo4j() => TransactionsScenario();

    [Neo4jFact] public Task Bookmarks_BetweenSessions_AreChained() => BookmarksScenario();

    [Neo4jFact] public Task SyntaxError_RaisesSyntaxErrorCode() => SyntaxErrorScenario();

    [Neo4jFact] public Task ReadSession_Write_IsRefusedWithAccessMode() => ReadSessionWriteScenario();

    [Neo4jFact] public Task ConcurrentSessions_Fifty_AllSucceed() => ConcurrentSessionsScenario();

    [Neo4jFact] public Task Routing_Neo4jScheme_UsesRouteAnswer() => RoutingScenario(WithScheme("neo4j"));
}
