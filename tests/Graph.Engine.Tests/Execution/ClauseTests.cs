using Graph.Core.Values;

namespace Graph.Engine.Tests.Execution;

public sealed class ClauseTests : EngineTestBase
{
    private async Task SeedAsync() => await ExecuteAsync(
        "CREATE (a:Person {name: 'A', age: 30})-[:KNOWS {since: 1}]->(b:Person {name: 'B', age: 40})-[:KNOWS {since: 2}]->(c:Person {name: 'C', age: 50}), (a)-[:LIKES]->(c)");

    [Fact]
    public async Task Match_Outgoing_FollowsDirection()
    {
        await SeedAsync();
        var records = await RunAsync("MATCH (x:Person {name: 'A'})-[:KNOWS]->(y) RETURN y.name");
        Assert.Equal("B", Assert.Single(records)[0]);
    }

    [Fact]
    public async Task Match_Incoming_And_Undirected()
    {
        await SeedAsync();
        Assert.Equal("A", Assert.Single(await RunAsync("MATCH (x {name: 'B'})<-[:KNOWS]-(y) RETURN y.name"))[0]);
        Assert.Equal(2, (await RunAsync("MATCH ({name: 'B'})-[:KNOWS]-(y) RETURN y")).Count);
    }

    [Fact]
    public async Task Match_VariableLength_FindsAllLengths()
    {
        await SeedAsync();
        var names = (await RunAsync("MATCH ({name: 'A'})-[:KNOWS*1..2]->(y) RETURN y.name ORDER BY y.name")).Select(r => r[0]).ToList();
        Assert.Equal(["B", "C"], names);
    }

    [Fact]
    public async Task Match_NamedPath_HasLength()
    {
        await SeedAsync();
        var path = Assert.IsType<Graph.Core.Values.Path>(await ScalarAsync("MATCH p = ({name: 'A'})-[:KNOWS*]->({name: 'C'}) RETURN p"));
        Assert.Equal(2, path.Length);
        Assert.Equal("C", path.End.Properties["name"]);
    }

    [Fact]
    public async Task Match_RelationshipUniqueness_WithinOneMatch()
    {
        await ExecuteAsync("CREATE (:N)-[:R]->(:N)");
        Assert.Empty(await RunAsync("MATCH (a)-[r1]-(b), (c)-[r2]-(d) WHERE r1 = r2 RETURN a"));
        Assert.Equal(4, (await RunAsync("MATCH (a)-[r1]-(b) MATCH (c)-[r2]-(d) WHERE r1 = r2 RETURN a")).Count);
    }

    [Fact]
    public async Task OptionalMatch_NoMatch_YieldsNulls()
    {
        await SeedAsync();
        var records = await RunAsync("MATCH (x {name: 'C'}) OPTIONAL MATCH (x)-[:KNOWS]->(y) RETURN x.name, y");
        Assert.Null(Assert.Single(records)[1]);
    }

    [Fact]
    public async Task Aggregation_ImplicitGrouping()
    {
        await SeedAsync();
        var records = await RunAsync("MATCH (x:Person)-[r]->() RETURN x.name AS name, count(*) AS c, collect(type(r)) AS types ORDER BY name");
        Assert.Equal(2, records.Count);
        Assert.Equal("A", records[0]["name"]);
        Assert.Equal(2L, records[0]["c"]);
    }

    [Fact]
    public async Task Aggregation_NoRows_CountIsZero()
    {
        Assert.Equal(0L, await ScalarAsync("MATCH (n:Nothing) RETURN count(n)"));
    }

    [Fact]
    public async Task With_OrderSkipLimit()
    {
        await SeedAsync();
        var records = await RunAsync("MATCH (n:Person) WITH n ORDER BY n.age DESC SKIP 1 LIMIT 1 RETURN n.name");
        Assert.Equal("B", Assert.Single(records)[0]);
    }

    [Fact]
    public async Task Unwind_Distinct_Sum()
    {
        Assert.Equal(6L, await ScalarAsync("UNWIND [1, 2, 2, 3] AS x WITH DISTINCT x RETURN sum(x)"));
    }

    [Fact]
    public async Task Merge_CreatesOnce_ThenMatches()
    {
        var first = await ExecuteAsync("MERGE (n:K {key: 'a'}) ON CREATE SET n.created = true ON MATCH SET n.matched = true");
        var second = await ExecuteAsync("MERGE (n:K {key: 'a'}) ON CREATE SET n.created = true ON MATCH SET n.matched = true");
        Assert.Equal(1, first.Counters.NodesCreated);
        Assert.Equal(0, second.Counters.NodesCreated);
        Assert.Equal(true, await ScalarAsync("MATCH (n:K) RETURN n.matched"));
    }

    [Fact]
    public async Task Merge_Relationship_BetweenBoundNodes()
    {
        await ExecuteAsync("CREATE (:E {key: 1}), (:E {key: 2})");
        const string query = "UNWIND $rows AS row MATCH (a:E {key: row.s}), (b:E {key: row.e}) MERGE (a)-[:R]->(b)";
        var rows = new List<object?> { new Dictionary<string, object?> { ["s"] = 1L, ["e"] = 2L } };
        await ExecuteAsync(query, new { rows });
        await ExecuteAsync(query, new { rows });
        Assert.Equal(1L, await ScalarAsync("MATCH ()-[r:R]->() RETURN count(r)"));
    }

    [Fact]
    public async Task Set_Remove_Labels_And_Properties()
    {
        await ExecuteAsync("CREATE (:A {x: 1})");
        await ExecuteAsync("MATCH (n:A) SET n:B, n.y = 2, n += {z: 3} REMOVE n:A, n.x");
        var node = Assert.IsType<Node>(await ScalarAsync("MATCH (n) RETURN n"));
        Assert.Equal(["B"], node.Labels);
        Assert.Equal(2L, node.Properties["y"]);
        Assert.False(node.Properties.ContainsKey("x"));
    }

    [Fact]
    public async Task Delete_ConnectedNode_FailsAndChangesNothing()
    {
        await SeedAsync();
        var error = await FailsAsync("MATCH (n {name: 'A'}) DELETE n");
        Assert.Equal("DeleteConnectedNode", error.Detail);
        Assert.Equal(3L, await ScalarAsync("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task DetachDelete_RemovesNodeAndRelationships()
    {
        await SeedAsync();
        var summary = await ExecuteAsync("MATCH (n {name: 'A'}) DETACH DELETE n");
        Assert.Equal(1, summary.Counters.NodesDeleted);
        Assert.Equal(2, summary.Counters.RelationshipsDeleted);
    }

    [Fact]
    public async Task Foreach_CreatesPerElement()
    {
        await ExecuteAsync("FOREACH (i IN [1, 2, 3] | CREATE (:F {i: i}))");
        Assert.Equal(3L, await ScalarAsync("MATCH (n:F) RETURN count(*)"));
    }

    [Fact]
    public async Task Union_RemovesDuplicates_UnionAllKeeps()
    {
        Assert.Single(await RunAsync("RETURN 1 AS x UNION RETURN 1 AS x"));
        Assert.Equal(2, (await RunAsync("RETURN 1 AS x UNION ALL RETURN 1 AS x")).Count);
    }

    [Fact]
    public async Task CallSubquery_ReturnsPerRow()
    {
        var records = await RunAsync("UNWIND [1, 2] AS x CALL { WITH x RETURN x * 10 AS y } RETURN y ORDER BY y");
        Assert.Equal([10L, 20L], records.Select(r => r[0]));
    }

    [Fact]
    public async Task Expressions_ComprehensionsAndCase()
    {
        Assert.Equal(new List<object?> { 4L, 9L }, await ScalarAsync("RETURN [x IN [1, 2, 3] WHERE x > 1 | x * x]"));
        Assert.Equal(6L, await ScalarAsync("RETURN reduce(s = 0, x IN [1, 2, 3] | s + x)"));
        Assert.Equal("two", await ScalarAsync("RETURN CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' END"));
        Assert.Equal(true, await ScalarAsync("RETURN all(x IN [1, 2] WHERE x > 0)"));
        Assert.Equal(new List<object?> { 2L, 3L }, await ScalarAsync("RETURN [1, 2, 3][1..]"));
    }

    [Fact]
    public async Task PatternComprehension_And_Exists()
    {
        await SeedAsync();
        Assert.Equal(new List<object?> { "B" }, await ScalarAsync("MATCH (a {name: 'A'}) RETURN [(a)-[:KNOWS]->(b) | b.name]"));
        Assert.Equal(2L, await ScalarAsync("MATCH (a:Person) WHERE EXISTS { (a)-[:KNOWS]->() } RETURN count(a)"));
        Assert.Equal(1L, await ScalarAsync("MATCH (a:Person) WHERE NOT (a)-->() RETURN count(a)"));
    }

    [Fact]
    public async Task ShortestPath_FindsShortest()
    {
        await SeedAsync();
        var path = Assert.IsType<Graph.Core.Values.Path>(await ScalarAsync(
            "MATCH (a {name: 'A'}), (c {name: 'C'}) MATCH p = shortestPath((a)-[*]-(c)) RETURN p"));
        Assert.Equal(1, path.Length);
    }

    [Fact]
    public async Task Procedures_DbLabels()
    {
        await SeedAsync();
        var labels = (await RunAsync("CALL db.labels() YIELD label RETURN label")).Select(r => r[0]).ToList();
        Assert.Equal(["Person"], labels);
    }

    [Fact]
    public async Task Schema_IndexAndConstraint()
    {
        await ExecuteAsync("CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE");
        await ExecuteAsync("CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE");
        await ExecuteAsync("CREATE (:Entity {key: 'a'})");
        var error = await FailsAsync("CREATE (:Entity {key: 'a'})");
        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        var indexes = await RunAsync("SHOW INDEXES");
        Assert.Equal("entity_key", Assert.Single(indexes)["name"]);
    }
}
