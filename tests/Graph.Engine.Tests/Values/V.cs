using Graph.Core.Values;

namespace Graph.Engine.Tests.Values;

/// <summary>Short builders for Cypher values in test data.</summary>
internal static class V
{
    public static IReadOnlyList<object?> L(params object?[] items) => items.ToList();

    /// <summary>A map from alternating key, value arguments.</summary>
    public static IReadOnlyDictionary<string, object?> M(params object?[] keysAndValues)
    {
        var map = new Dictionary<string, object?>();
        for (var i = 0; i < keysAndValues.Length; i += 2)
        {
            map[(string)keysAndValues[i]!] = keysAndValues[i + 1];
        }
        return map;
    }

    public static Node Node(long id, params string[] labels) =>
        new(id, "n" + id, labels, new Dictionary<string, object?>());

    public static Relationship Rel(long id, long start, long end, string type = "T") =>
        new(id, "r" + id, start, "n" + start, end, "n" + end, type, new Dictionary<string, object?>());

    public const double NaN = double.NaN;

    /// <summary>A typed null, so L(Null) is a one-element list rather than a null params array.</summary>
    public static readonly object? Null = null;
}
