using System.Text.Json;

namespace Graph.Explorer.Queries;

/// <summary>JSON to the port's Cypher value model: integral numbers become long, others double. Thread-safe.</summary>
internal static class JsonValues
{
    public static object? ToCypher(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? (object)l : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(ToCypher).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToCypher(p.Value), StringComparer.Ordinal),
        _ => throw new JsonException($"Unsupported JSON value {element.ValueKind}."),
    };
}
