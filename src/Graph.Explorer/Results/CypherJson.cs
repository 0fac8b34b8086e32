using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Core.Values;
using Path = Graph.Core.Values.Path;

namespace Graph.Explorer.Results;

/// <summary>
/// The one JSON shape of Cypher values, shared by the SignalR hub and `shanhai query --format json`:
/// null, booleans, integers, floats and strings as themselves (NaN and ±Infinity as strings); lists as
/// arrays; maps as objects; a node as {"$type":"node", elementId, labels, properties}; a relationship as
/// {"$type":"relationship", elementId, type, start, end, properties}; a path as {"$type":"path", nodes,
/// relationships}; temporal values and points as their Cypher string forms; bytes as "0x…" hex.
/// Parameters come back the other way through <see cref="FromJson"/>. Thread-safe (stateless).
/// </summary>
public static class CypherJson
{
    public const string TypeKey = "$type";

    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        bool b => JsonValue.Create(b),
        long l => JsonValue.Create(l),
        double d when double.IsFinite(d) => JsonValue.Create(d),
        double d => JsonValue.Create(CypherValue.FormatFloat(d)),
        string s => JsonValue.Create(s),
        byte[] bytes => JsonValue.Create("0x" + Convert.ToHexString(bytes)),
        Node node => NodeToJson(node),
        Relationship relationship => RelationshipToJson(relationship),
        Path path => PathToJson(path),
        IReadOnlyDictionary<string, object?> map => MapToJson(map),
        IReadOnlyList<object?> list => new JsonArray(list.Select(ToJson).ToArray()),
        _ => JsonValue.Create(value.ToString()),
    };

    public static JsonArray RowToJson(IReadOnlyList<object?> values) => new(values.Select(ToJson).ToArray());

    /// <summary>A JSON parameter value in the Cypher value model: integral numbers become INTEGER, others FLOAT.</summary>
    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? (object)l : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value)),
        _ => throw new ArgumentOutOfRangeException(nameof(element), element.ValueKind, "Unsupported JSON value."),
    };

    /// <summary>A JSON object of parameters (null or missing means none).</summary>
    public static IReadOnlyDictionary<string, object?> ParametersFromJson(JsonElement? parameters)
    {
        if (parameters is not { ValueKind: JsonValueKind.Object } element)
        {
            return new Dictionary<string, object?>();
        }
        return element.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value));
    }

    private static JsonObject NodeToJson(Node node) => new()
    {
        [TypeKey] = "node",
        ["elementId"] = node.ElementId,
        ["labels"] = new JsonArray(node.Labels.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()),
        ["properties"] = MapToJson(node.Properties),
    };

    private static JsonObject RelationshipToJson(Relationship relationship) => new()
    {
        [TypeKey] = "relationship",
        ["elementId"] = relationship.ElementId,
        ["type"] = relationship.Type,
        ["start"] = relationship.StartNodeElementId,
        ["end"] = relationship.EndNodeElementId,
        ["properties"] = MapToJson(relationship.Properties),
    };

    private static JsonObject PathToJson(Path path) => new()
    {
        [TypeKey] = "path",
        ["nodes"] = new JsonArray(path.Nodes.Select(n => (JsonNode?)NodeToJson(n)).ToArray()),
        ["relationships"] = new JsonArray(path.Relationships.Select(r => (JsonNode?)RelationshipToJson(r)).ToArray()),
    };

    private static JsonObject MapToJson(IReadOnlyDictionary<string, object?> map)
    {
        var result = new JsonObject();
        foreach (var (key, item) in map)
        {
            result[key] = ToJson(item);
        }
        return result;
    }
}
