using System.Diagnostics;
using Graph.Engine.Tests.Execution;
using Xunit.Abstractions;

namespace Graph.Engine.Tests.Planning;

public sealed class IndexSeekTests(ITestOutputHelper output) : EngineTestBase
{
    private static List<object?> Rows(int count, Func<int, Dictionary<string, object?>> row) =>
        Enumerable.Range(0, count).Select(i => (object?)row(i)).ToList();

    [Fact]
    public async Task Loader_UnwindMatchMerge_UsesIndexAndIsFast()
    {
        const int count = 5000;
        await ExecuteAsync("CREATE CONSTRAINT entity_key FOR (n:Entity) REQUIRE n.key IS UNIQUE");
        var clock = Stopwatch.StartNew();
        await ExecuteAsync("UNWIND $rows AS row MERGE (n:Entity {key: row.key}) SET n.name = row.name",
            new { rows = Rows(count, i => new() { ["key"] = $"k{i}", ["name"] = $"n{i}" }) });
        var nodes = clock.Elapsed;
        clock.Restart();
        var summary = await ExecuteAsync(
            "UNWIND $rows AS row MATCH (a:Entity {key: row.start}) MATCH (b:Entity {key: row.end}) MERGE (a)-[:R]->(b)",
            new { rows = Rows(count, i => new() { ["start"] = $"k{i}", ["end"] = $"k{(i + 1) % count}" }) });
        var relationships = clock.Elapsed;
        output.WriteLine($"{count} MERGE nodes: {nodes.TotalMilliseconds:0} ms; {count} MATCH+MERGE relationships: {relationships.TotalMilliseconds:0} ms");
        Assert.Equal(count, summary.Counters.RelationshipsCreated);
        Assert.True(relationships < TimeSpan.FromSeconds(20), $"took {relationships}");
        clock.Restart();
        for (var i = 0; i < 1000; i++)
        {
            await RunAsync("MATCH (n:Entity) WHERE n.key = $key RETURN n.name", new { key = $"k{i}" });
        }
        output.WriteLine($"1000 indexed point reads: {clock.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task IndexCreatedAfterPlanCached_IsUsedAndResultsStayCorrect()
    {
        await ExecuteAsync("UNWIND [1, 2, 3] AS i CREATE (:P {v: i})");
        const string query = "MATCH (n:P {v: $v}) RETURN count(n) AS c";
        Assert.Equal(1L, await ScalarAsync(query, new { v = 2L }));
        await ExecuteAsync("CREATE INDEX FOR (n:P) ON (n.v)");
        Assert.Equal(1L, await ScalarAsync(query, new { v = 2.0 }));
        Assert.Equal(0L, await ScalarAsync(query, new { v = 7L }));
    }
}
