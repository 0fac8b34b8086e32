using Graph.Bolt.Client;
using Graph.Core;
using Graph.Core.Values;

namespace Graph.Bolt.Tests.Client;

/// <summary>
/// The interop scenarios of scenarios.mjs, driven through our client (the port) instead of the JS driver.
/// Subclasses say which server: ours, or a real Neo4j. Writes use a label unique to the run.
/// </summary>
public abstract class BoltClientScenarios : IAsyncLifetime
{
    protected readonly string Label = "Item" + Guid.NewGuid().ToString("N")[..8];

    protected IGraphDatabase Database { get; private set; } = null!;

    protected abstract Task<Uri> StartAsync();

    protected abstract (string User, string Password) Credentials { get; }

    public async Task InitializeAsync()
    {
        var uri = await StartAsync();
        var (user, password) = Credentials;
        Database = BoltDatabase.Connect(uri, new BoltClientOptions { User = user, Password = password });
    }

    public virtual async Task DisposeAsync()
    {
        try
        {
            await using var session = Database.Session();
            await (await session.RunAsync($"MATCH (n:{Label}) DELETE n")).ConsumeAsync();
        }
        finally
        {
            await Database.DisposeAsync();
        }
    }

    private async Task<object?> SingleAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null,
        AccessMode mode = AccessMode.Write)
    {
        await using var session = Database.Session(new SessionOptions { AccessMode = mode });
        var cursor = await session.RunAsync(query, parameters);
        object? value = null;
        await foreach (var record in cursor)
        {
            value ??= record[0];
        }
        return value;
    }

    private async Task<long> CountAsync() => (long)(await SingleAsync($"MATCH (n:{Label}) RETURN count(n) AS c"))!;

    private string Create => $"CREATE (:{Label} {{id: $id}})";

    protected async Task AuthSuccessScenario()
    {
        var info = await Database.GetServerInfoAsync();
        Assert.StartsWith("Neo4j/", info.Agent);
        Assert.Equal(1L, await SingleAsync("RETURN 1"));
    }

    protected async Task AuthFailureScenario(Uri uri)
    {
        await using var wrong = BoltDatabase.Connect(uri, new BoltClientOptions { User = Credentials.User, Password = "wrong" });
        var error = await Assert.ThrowsAsync<GraphException>(() => wrong.GetServerInfoAsync());
        Assert.Equal(StatusCodes.Unauthorized, error.Code);
    }

    protected async Task ValuesScenario()
    {
        var values = new Dictionary<string, object?>
        {
            ["n"] = null, ["b"] = true, ["i"] = long.MinValue, ["f"] = -0.25, ["s"] = "山海图谱 🌄", ["e"] = "",
            ["long"] = new string('x', 70_000), ["y"] = new byte[] { 0, 255 }, ["l"] = new List<object?> { 1L, "a", null },
            ["m"] = new Dictionary<string, object?> { ["k"] = new List<object?> { 2.5 } },
            ["d"] = new CypherDate(19_782), ["t"] = new CypherTime(45_015_123_456_789, 3600),
            ["lt"] = new CypherLocalTime(86_399_999_999_999), ["ldt"] = new CypherLocalDateTime(-1, 1),
            ["dt"] = new CypherDateTime(1_717_228_800, 42, -18_000, null),
            ["dz"] = new CypherDateTime(1_719_792_000, 0, 7200, "Europe/Paris"),
            ["du"] = new CypherDuration(14, -3, 3661, 500_000_000), ["p2"] = new CypherPoint(7203, 1.5, -2.25, null),
            ["p3"] = new CypherPoint(4979, 116.39, 39.9, 43.5),
        };
        var query = "RETURN " + string.Join(", ", values.Keys.Select(k => $"${k} AS {k}"));
        await using var session = Database.Session();
        var cursor = await session.RunAsync(query, values);
        Assert.True(await cursor.FetchAsync());
        foreach (var (key, value) in values)
        {
            Assert.Equal(value, cursor.Current[key]);
        }
        Assert.False(await cursor.FetchAsync());

        var graph = await session.RunAsync(
            $"CREATE p = (a:{Label} {{name: 'Ann'}})-[r:KNOWS {{since: 2020}}]->(b:{Label} {{name: 'Bob'}}) RETURN a, r, b, p");
        Assert.True(await graph.FetchAsync());
        var a = Assert.IsType<Node>(graph.Current["a"]);
        var r = Assert.IsType<Relationship>(graph.Current["r"]);
        var b = Assert.IsType<Node>(graph.Current["b"]);
        var p = Assert.IsType<Graph.Core.Values.Path>(graph.Current["p"]);
        Assert.Equal(("Ann", "KNOWS", 2020L), (a.Properties["name"], r.Type, r.Properties["since"]));
        Assert.Equal((a.ElementId, b.ElementId), (r.StartNodeElementId, r.EndNodeElementId));
        Assert.Equal([a, b], p.Nodes);
        Assert.Equal(r, Assert.Single(p.Relationships));
        await (await session.RunAsync($"MATCH (n:{Label}) DETACH DELETE n")).ConsumeAsync();
    }

    protected async Task LargeResultScenario()
    {
        await using var session = Database.Session(new SessionOptions { FetchSize = 100 });
        var xs = Enumerable.Range(1, 100_000).Select(i => (object?)(long)i).ToList();
        var cursor = await session.RunAsync("UNWIND $xs AS x RETURN x", new Dictionary<string, object?> { ["xs"] = xs });
        long rows = 0, sum = 0;
        await foreach (var record in cursor)
        {
            rows++;
            sum += (long)record[0]!;
        }
        Assert.Equal((100_000L, 5_000_050_000L), (rows, sum));
    }

    protected async Task TransactionsScenario()
    {
        var before = await CountAsync();
        await using var session = Database.Session();
        await using (var tx = await session.BeginTransactionAsync())
        {
            await (await tx.RunAsync(Create, new Dictionary<string, object?> { ["id"] = 1L })).ConsumeAsync();
            var second = await tx.RunAsync(Create, new Dictionary<string, object?> { ["id"] = 2L });
            await tx.CommitAsync();
            Assert.Equal(1, (await second.ConsumeAsync()).Counters.NodesCreated);
        }
        Assert.Equal(before + 2, await CountAsync());
        await using (var tx = await session.BeginTransactionAsync())
        {
            await (await tx.RunAsync(Create, new Dictionary<string, object?> { ["id"] = 3L })).ConsumeAsync();
            await tx.RollbackAsync();
        }
        Assert.Equal(before + 2, await CountAsync());
        var created = await session.ExecuteWriteAsync(async runner =>
            (await (await runner.RunAsync(Create, new Dictionary<string, object?> { ["id"] = 4L })).ConsumeAsync())
            .Counters.NodesCreated);
        Assert.Equal(1, created);
        Assert.Equal(before + 3, await CountAsync());
    }

    protected async Task BookmarksScenario()
    {
        IReadOnlyList<string> bookmarks;
        await using (var writer = Database.Session())
        {
            await (await writer.RunAsync(Create, new Dictionary<string, object?> { ["id"] = 7L })).ConsumeAsync();
            bookmarks = writer.LastBookmarks;
        }
        Assert.NotEmpty(Assert.Single(bookmarks));
        await using var reader = Database.Session(new SessionOptions { AccessMode = AccessMode.Read, Bookmarks = bookmarks });
        var cursor = await reader.RunAsync($"MATCH (n:{Label}) RETURN count(n) AS c");
        Assert.True(await cursor.FetchAsync());
        Assert.True((long)cursor.Current[0]! >= 1);
    }

    protected async Task SyntaxErrorScenario()
    {
        var error = await Assert.ThrowsAsync<GraphException>(() => SingleAsync("RETRUN 1"));
        Assert.Equal(StatusCodes.SyntaxError, error.Code);
        Assert.Equal(1L, await SingleAsync("RETURN 1")); // the pooled connection was reset and is usable
    }

    protected async Task ReadSessionWriteScenario()
    {
        var error = await Assert.ThrowsAsync<GraphException>(() =>
            SingleAsync(Create, new Dictionary<string, object?> { ["id"] = 9L }, AccessMode.Read));
        Assert.Equal(StatusCodes.AccessMode, error.Code);
    }

    protected async Task ConcurrentSessionsScenario()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            await using var session = Database.Session(new SessionOptions { FetchSize = 50 });
            var echo = await (await session.RunAsync("RETURN $i AS i", new Dictionary<string, object?> { ["i"] = (long)i }))
                .FetchAsync();
            Assert.True(echo);
            var rows = 0;
            var xs = Enumerable.Range(0, 1000).Select(k => (object?)(long)k).ToList();
            await foreach (var _ in await session.RunAsync("UNWIND $xs AS x RETURN x", new Dictionary<string, object?> { ["xs"] = xs }))
            {
                rows++;
            }
            return rows;
        }));
        Assert.All(results, rows => Assert.Equal(1000, rows));
    }

    protected async Task RoutingScenario(Uri routingUri)
    {
        var (user, password) = Credentials;
        await using var routed = BoltDatabase.Connect(routingUri, new BoltClientOptions { User = user, Password = password });
        await using var session = routed.Session();
        await (await session.RunAsync(Create, new Dictionary<string, object?> { ["id"] = 11L })).ConsumeAsync();
        await using var reader = routed.Session(new SessionOptions { AccessMode = AccessMode.Read });
        var cursor = await reader.RunAsync($"MATCH (n:{Label}) RETURN count(n) AS c");
        Assert.True(await cursor.FetchAsync());
        Assert.Equal(1L, cursor.Current[0]);
    }
}
