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

    [Fact]
    public async Task IdSeek_ElementIdAndId_FindNodeAndRespectPredicate()
    {
        await ExecuteAsync("UNWIND [1, 2, 3] AS i CREATE (:P {v: i})");
        var elementId = (string)(await ScalarAsync("MATCH (n:P {v: 2}) RETURN elementId(n)"))!;
        Assert.Equal(2L, await ScalarAsync("MATCH (n) WHERE elementId(n) = $id RETURN n.v", new { id = elementId }));
        Assert.Equal(2L, await ScalarAsync("MATCH (n) WHERE id(n) = $id * 1.0 RETURN n.v", new { id = long.Parse(elementId) }));
        Assert.Empty(await RunAsync("MATCH (n) WHERE elementId(n) = $id AND n.v = 3 RETURN n", new { id = elementId }));
        Assert.Empty(await RunAsync("MATCH (n) WHERE elementId(n) = 'nonsense' RETURN n"));
    }

    [Fact]
    public async Task WherePushdown_ProductFilteredEarly_SameResults()
    {
        await ExecuteAsync("UNWIND [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50] AS i CREATE (:Q {v: i})");
        var records = await RunAsync("MATCH (a:Q), (b:Q) WHERE a.v = 1 AND b.v > 48 AND a.v < b.v RETURN b.v ORDER BY b.v");
        Assert.Equal([49L, 50L], records.Select(r => r[0]));
    }
}
