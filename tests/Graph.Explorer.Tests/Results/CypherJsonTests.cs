using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Core.Values;
using Path = Graph.Core.Values.Path;
using Graph.Explorer.Results;

namespace Graph.Explorer.Tests.Results;

public sealed class CypherJsonTests
{
    private static readonly Node Student = new(1, "4:x:1", ["Entity", "Person"],
        new Dictionary<string, object?> { ["name"] = "蒋孟良", ["born"] = new CypherDate(11323) });

    private static readonly Node School = new(2, "4:x:2", ["Entity", "School"], new Dictionary<string, object?>());

    private static readonly Relationship StudiedAt = new(7, "5:x:7", 1, "4:x:1", 2, "4:x:2", "STUDIED_AT",
        new Dictionary<string, object?> { ["since"] = 2019L });

    [Fact]
    public void ToJson_Node_HasTypeIdLabelsAndProperties()
    {
        var json = CypherJson.ToJson(Student)!;

        Assert.Equal("node", json["$type"]!.GetValue<string>());
        Assert.Equal("4:x:1", json["elementId"]!.GetValue<string>());
        Assert.Equal(["Entity", "Person"], json["labels"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal("蒋孟良", json["properties"]!["name"]!.GetValue<string>());
        Assert.Equal("2001-01-01", json["properties"]!["born"]!.GetValue<string>());
    }

    [Fact]
    public void ToJson_Relationship_NamesItsEndsByElementId()
    {
        var json = CypherJson.ToJson(StudiedAt)!;

        Assert.Equal("relationship", json["$type"]!.GetValue<string>());
        Assert.Equal("STUDIED_AT", json["type"]!.GetValue<string>());
        Assert.Equal("4:x:1", json["start"]!.GetValue<string>());
        Assert.Equal("4:x:2", json["end"]!.GetValue<string>());
        Assert.Equal(2019, json["properties"]!["since"]!.GetValue<long>());
    }

    [Fact]
    public void ToJson_Path_ListsNodesAndRelationships()
    {
        var json = CypherJson.ToJson(new Path([Student, School], [StudiedAt]))!;

        Assert.Equal("path", json["$type"]!.GetValue<string>());
        Assert.Equal(2, json["nodes"]!.AsArray().Count);
        Assert.Equal("5:x:7", json["relationships"]![0]!["elementId"]!.GetValue<string>());
    }

    [Fact]
    public void ToJson_ScalarsListsAndMaps_KeepTheirJsonTypes()
    {
        var value = new Dictionary<string, object?>
        {
            ["list"] = new List<object?> { 1L, 2.5, "x", true, null },
            ["nan"] = double.NaN,
            ["bytes"] = new byte[] { 0xAB, 0x01 },
            ["duration"] = new CypherDuration(14, 0, 0, 0),
        };

        var json = CypherJson.ToJson(value)!.ToJsonString();

        Assert.Equal("""{"list":[1,2.5,"x",true,null],"nan":"NaN","bytes":"0xAB01","duration":"P1Y2M"}""", json);
    }

    [Fact]
    public void FromJson_Numbers_BecomeIntegerOrFloat()
    {
        using var document = JsonDocument.Parse("""{"i": 3, "f": 3.5, "l": [1, "a"], "m": {"k": null}}""");

        var parameters = CypherJson.ParametersFromJson(document.RootElement);

        Assert.Equal(3L, parameters["i"]);
        Assert.Equal(3.5, parameters["f"]);
        Assert.Equal(new List<object?> { 1L, "a" }, parameters["l"]);
        Assert.Null(((IReadOnlyDictionary<string, object?>)parameters["m"]!)["k"]);
    }

    [Fact]
    public void ToJson_ThenFromJson_RoundTripsPlainValues()
    {
        var original = new List<object?> { 1L, "二", new Dictionary<string, object?> { ["x"] = 1.25 } };

        var back = CypherJson.FromJson(JsonDocument.Parse(CypherJson.ToJson(original)!.ToJsonString()).RootElement);

        Assert.Equal(JsonSerializer.Serialize(original), JsonSerializer.Serialize(back));
    }
}
