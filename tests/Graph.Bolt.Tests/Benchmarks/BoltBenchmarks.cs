using System.Diagnostics;
using Graph.Bolt.Client;
using Graph.Bolt.Tests.Interop;
using Graph.Bolt.Tests.Support;
using Graph.Core;
using Xunit.Abstractions;

namespace Graph.Bolt.Tests.Benchmarks;

/// <summary>
/// Round trips per second for RETURN 1 and rows per second for a 1M-row result, from the JS driver and
/// from our client, against our server over the embedded engine and over a protocol-only row source.
/// Run: SHANHAI_BOLT_BENCH=1 dotnet test tests/Graph.Bolt.Tests -c Release --filter BoltBenchmarks
/// --logger "console;verbosity=detailed". Numbers go to the test output.
/// </summary>
public sealed class BoltBenchmarks(ITestOutputHelper output)
{
    private const string RangeQuery = "UNWIND range(1, 1000000) AS x RETURN x";
    private const string ListQuery = "UNWIND $xs AS x RETURN x";

    [BenchFact]
    public Task EmbeddedEngine_ReturnOneAndMillionRows_PrintsRates() => RunAsync("embedded engine", TestDatabases.Create());

    [BenchFact]
    public Task ProtocolOnlySource_ReturnOneAndMillionRows_PrintsRates() => RunAsync("protocol-only row source", new FakeGraphDatabase());

    private async Task RunAsync(string label, IGraphDatabase database)
    {
        await using var server = await BoltTestServer.StartAsync(database);
        var query = database is FakeGraphDatabase || await SupportsRangeAsync(database) ? RangeQuery : ListQuery;
        await NodeInterop.EnsureInstalledAsync();
        var (exit, js) = await NodeInterop.RunAsync("node", ["bench.mjs"], new Dictionary<string, string>
        {
            ["BOLT_URI"] = server.BoltUri, ["BOLT_USER"] = BoltTestServer.User, ["BOLT_PASSWORD"] = BoltTestServer.Password,
            ["BENCH_ROWS_QUERY"] = query,
        }, TimeSpan.FromMinutes(5));
        output.WriteLine($"[{label}] rows query: {query}");
        output.WriteLine($"[{label}] JS driver: {js.Trim()} (exit {exit})");
        await using var client = BoltDatabase.Connect(new Uri(server.BoltUri),
            new BoltClientOptions { User = BoltTestServer.User, Password = BoltTestServer.Password });
        var returnOne = await RoundTripsAsync(client, 5000);
        var (rows, rowsPerSecond) = await StreamAsync(client, query);
        output.WriteLine($"[{label}] Graph.Bolt client: returnOnePerSecond={returnOne:F0} rows={rows} rowsPerSecond={rowsPerSecond:F0}");
        Assert.Equal(1_000_000, rows);
    }

    private static async Task<double> RoundTripsAsync(IGraphDatabase client, int count)
    {
        await using var session = client.Session();
        for (var i = 0; i < 200; i++) await ReturnOneAsync(session);
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++) await ReturnOneAsync(session);
        return count / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static async Task ReturnOneAsync(ISession session)
    {
        var cursor = await session.RunAsync("RETURN 1");
        while (await cursor.FetchAsync())
        {
        }
    }

    private static async Task<bool> SupportsRangeAsync(IGraphDatabase database)
    {
        try
        {
            await using var session = database.Session();
            await (await session.RunAsync("RETURN range(1, 2) AS r")).ConsumeAsync();
            return true;
        }
        catch (GraphException)
        {
            return false;
        }
    }

    private static async Task<(long Rows, double PerSecond)> StreamAsync(IGraphDatabase client, string query)
    {
        var parameters = new Dictionary<string, object?>();
        if (query == ListQuery)
        {
            parameters["xs"] = Enumerable.Range(1, 1_000_000).Select(i => (object?)(long)i).ToList();
        }
        await using var session = client.Session(new SessionOptions { FetchSize = 1000 });
        var started = Stopwatch.GetTimestamp();
        var cursor = await session.RunAsync(query, parameters);
        long rows = 0;
        while (await cursor.FetchAsync())
        {
            rows++;
        }
        return (rows, rows / Stopwatch.GetElapsedTime(started).TotalSeconds);
    }
}
