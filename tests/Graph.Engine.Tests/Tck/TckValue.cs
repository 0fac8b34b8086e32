using System.Globalization;
using Graph.Core.Values;

namespace Graph.Engine.Tests.Tck;

/// <summary>
/// A value written in the TCK's result and parameter tables (NOTES.md §4), parsed into structure so it is
/// compared against engine values structurally, never as text. Immutable.
/// </summary>
public abstract record TckValue
{
    /// <summary>null, true/false, an integer (long), a float (double) or a string.</summary>
    public sealed record Scalar(object? Value) : TckValue;

    public sealed record List(IReadOnlyList<TckValue> Items) : TckValue;

    /// <summary>Keys in the order written; compared as a set.</summary>
    public sealed record Map(IReadOnlyList<KeyValuePair<string, TckValue>> Entries) : TckValue;

    /// <summary>A node without identity: compared by its label set and properties.</summary>
    public sealed record Node(IReadOnlyList<string> Labels, Map Properties) : TckValue;

    /// <summary>A relationship without endpoints: compared by type and properties.</summary>
    public sealed record Relationship(string Type, Map Properties) : TckValue;

    /// <summary>A start node and hops; <see cref="PathHop.Forward"/> is true for -[r]-> (r starts at the node before it).</summary>
    public sealed record Path(Node Start, IReadOnlyList<PathHop> Hops) : TckValue;

    public sealed record PathHop(Relationship Relationship, bool Forward, Node Node);

    public static readonly Scalar Null = new((object?)null);

    /// <summary>The value in TCK syntax, for failure messages.</summary>
    public sealed override string ToString() => this switch
    {
        Scalar { Value: null } => "null",
        Scalar { Value: string s } => "'" + s.Replace("\\", "\\\\").Replace("'", "\\'") + "'",
        Scalar { Value: bool b } => b ? "true" : "false",
        Scalar { Value: double d } => CypherValue.FormatFloat(d),
        Scalar { Value: var v } => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
        List list => "[" + string.Join(", ", list.Items) + "]",
        Map map => "{" + string.Join(", ", map.Entries.Select(e => $"{e.Key}: {e.Value}")) + "}",
        Node node => "(" + string.Concat(node.Labels.Select(l => ":" + l))
            + (node.Properties.Entries.Count == 0 ? "" : (node.Labels.Count == 0 ? "" : " ") + node.Properties) + ")",
        Relationship rel => $"[:{rel.Type}" + (rel.Properties.Entries.Count == 0 ? "" : " " + rel.Properties) + "]",
        Path path => "<" + path.Start + string.Concat(path.Hops.Select(h =>
            h.Forward ? $"-{h.Relationship}->{h.Node}" : $"<-{h.Relationship}-{h.Node}")) + ">",
        _ => GetType().Name,
    };
}
