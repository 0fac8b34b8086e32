using Graph.Core.Values;
using Path = Graph.Core.Values.Path;

namespace Graph.Engine.Tests.Tck;

/// <summary>
/// Decides whether an engine value (the Core value model) is the value a TCK table cell describes.
/// Structural: nodes by label set and properties, relationships by type and properties, paths hop by hop
/// with direction, integers and floats never equal to each other, floats exactly (NaN matches NaN).
/// Temporal values match the ISO-8601 string the TCK writes for them. Stateless, thread-safe.
/// </summary>
public static class TckValueMatcher
{
    public static bool Matches(TckValue expected, object? actual, bool listsAsBags = false) => expected switch
    {
        TckValue.Scalar scalar => ScalarMatches(scalar.Value, actual),
        TckValue.List list => actual is IReadOnlyList<object?> items && ListMatches(list.Items, items, listsAsBags),
        TckValue.Map map => actual is IReadOnlyDictionary<string, object?> entries && MapMatches(map, entries, listsAsBags),
        TckValue.Node node => actual is Node n && NodeMatches(node, n, listsAsBags),
        TckValue.Relationship rel => actual is Relationship r && RelationshipMatches(rel, r, listsAsBags),
        TckValue.Path path => actual is Path p && PathMatches(path, p, listsAsBags),
        _ => false,
    };

    /// <summary>True when every expected item pairs off with a distinct actual item (a bag comparison).</summary>
    public static bool BagMatches<TExpected, TActual>(IReadOnlyList<TExpected> expected, IReadOnlyList<TActual> actual,
        Func<TExpected, TActual, bool> matches)
    {
        if (expected.Count != actual.Count) return false;
        var used = new bool[actual.Count];
        foreach (var item in expected)
        {
            // Greedy pairing is exact here: matching is an equivalence between values of the same shape.
            var found = false;
            for (var i = 0; i < actual.Count && !found; i++)
            {
                if (!used[i] && matches(item, actual[i]))
                {
                    used[i] = true;
                    found = true;
                }
            }
            if (!found) return false;
        }
        return true;
    }

    private static bool ScalarMatches(object? expected, object? actual) => (expected, actual) switch
    {
        (null, null) => true,
        (bool e, bool a) => e == a,
        (long e, long a) => e == a,
        (double e, double a) => e.Equals(a) || e == a,
        (string e, string a) => string.Equals(e, a, StringComparison.Ordinal),
        (string e, CypherDate or CypherTime or CypherLocalTime or CypherDateTime or CypherLocalDateTime
            or CypherDuration) => string.Equals(e, actual.ToString(), StringComparison.Ordinal),
        _ => false,
    };

    private static bool ListMatches(IReadOnlyList<TckValue> expected, IReadOnlyList<object?> actual, bool listsAsBags)
    {
        if (listsAsBags)
        {
            return BagMatches(expected, actual, (e, a) => Matches(e, a, listsAsBags));
        }
        if (expected.Count != actual.Count) return false;
        for (var i = 0; i < expected.Count; i++)
        {
            if (!Matches(expected[i], actual[i], listsAsBags)) return false;
        }
        return true;
    }

    private static bool MapMatches(TckValue.Map expected, IReadOnlyDictionary<string, object?> actual, bool listsAsBags)
    {
        if (expected.Entries.Count != actual.Count) return false;
        foreach (var (key, value) in expected.Entries)
        {
            if (!actual.TryGetValue(key, out var item) || !Matches(value, item, listsAsBags)) return false;
        }
        return true;
    }

    private static bool NodeMatches(TckValue.Node expected, Node actual, bool listsAsBags) =>
        expected.Labels.Count == actual.Labels.Count
        && expected.Labels.ToHashSet(StringComparer.Ordinal).SetEquals(actual.Labels)
        && MapMatches(expected.Properties, actual.Properties, listsAsBags);

    private static bool RelationshipMatches(TckValue.Relationship expected, Relationship actual, bool listsAsBags) =>
        expected.Type == actual.Type && MapMatches(expected.Properties, actual.Properties, listsAsBags);

    private static bool PathMatches(TckValue.Path expected, Path actual, bool listsAsBags)
    {
        if (expected.Hops.Count != actual.Relationships.Count || !NodeMatches(expected.Start, actual.Start, listsAsBags))
        {
            return false;
        }
        for (var i = 0; i < expected.Hops.Count; i++)
        {
            var hop = expected.Hops[i];
            var rel = actual.Relationships[i];
            var (from, to) = hop.Forward ? (actual.Nodes[i], actual.Nodes[i + 1]) : (actual.Nodes[i + 1], actual.Nodes[i]);
            if (rel.StartNodeElementId != from.ElementId || rel.EndNodeElementId != to.ElementId
                || !RelationshipMatches(hop.Relationship, rel, listsAsBags)
                || !NodeMatches(hop.Node, actual.Nodes[i + 1], listsAsBags))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Converts a parameter value to the Core value model (parameters never hold graph entities).</summary>
    public static object? ToCore(TckValue value) => value switch
    {
        TckValue.Scalar scalar => scalar.Value,
        TckValue.List list => list.Items.Select(ToCore).ToList(),
        TckValue.Map map => map.Entries.ToDictionary(e => e.Key, e => ToCore(e.Value)),
        _ => throw new ArgumentException($"A TCK parameter cannot be a {value.GetType().Name}."),
    };

    /// <summary>The TCK-syntax text of an engine value, for failure messages.</summary>
    public static string Describe(object? actual) => actual switch
    {
        CypherDate or CypherTime or CypherLocalTime or CypherDateTime or CypherLocalDateTime or CypherDuration =>
            $"'{actual}' ({CypherValue.TypeName(actual)})",
        _ => CypherValue.ToCypherString(actual),
    };
}
