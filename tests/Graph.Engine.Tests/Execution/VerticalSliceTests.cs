using Graph.Core.Values;

namespace Graph.Engine.Tests.Execution;

public sealed class VerticalSliceTests : EngineTestBase
{
    [Fact]
    public async Task Create_ReturnNode_HasLabelAndProperty()
    {
        var node = Assert.IsType<Node>(await ScalarAsync("CREATE (n:School {name:'x'}) RETURN n"));
        Assert.Equal(["School"], node.Labels);
        Assert.Equal("x", node.Properties["name"]);
    }

    [Fact]
    public async Task Match_WhereParameter_ReturnsProperty()
    {
        await ExecuteAsync("CREATE (:School {name:'x'}), (:School {name:'y'})");
        var records = await RunAsync("MATCH (n:School) WHERE n.name = $p RETURN n.name", new { p = "y" });
        Assert.Equal("y", Assert.Single(records)["n.name"]);
    }

    [Fact]
    public async Task Create_Counters_Reported()
    {
        var summary = await ExecuteAsync("CREATE (a:A {x: 1})-[:R {w: 2}]->(b:B)");
        Assert.Equal(2, summary.Counters.NodesCreated);
        Assert.Equal(1, summary.Counters.RelationshipsCreated);
        Assert.Equal(2, summary.Counters.PropertiesSet);
        Assert.Equal(2, summary.Counters.LabelsAdded);
    }
}
