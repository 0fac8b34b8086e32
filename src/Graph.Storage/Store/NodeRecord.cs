using System.Collections.Immutable;

namespace Graph.Storage.Store;

/// <summary>
/// A node's committed or working version. Immutable: every change makes a new record, so a snapshot that
/// holds the old one never sees the change. Adjacency is kept per direction and type (type → relationship
/// entries in creation order), so an expand by type touches only the matching relationships.
/// </summary>
public sealed record NodeRecord(
    long Id,
    ImmutableArray<string> Labels,
    ImmutableDictionary<string, object?> Properties,
    ImmutableDictionary<string, ImmutableList<AdjacencyEntry>> Outgoing,
    ImmutableDictionary<string, ImmutableList<AdjacencyEntry>> Incoming)
{
    public static ImmutableDictionary<string, ImmutableList<AdjacencyEntry>> NoAdjacency { get; } =
        ImmutableDictionary.Create<string, ImmutableList<AdjacencyEntry>>(StringComparer.Ordinal);

    public bool HasLabel(string label)
    {
        foreach (var own in Labels)
        {
            if (string.Equals(own, label, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    public bool HasRelationships => Outgoing.Count > 0 || Incoming.Count > 0;

    public int Degree(Direction direction, string? type)
    {
        var count = 0;
        if (direction != Direction.Incoming)
        {
            count += CountIn(Outgoing, type);
        }
        if (direction != Direction.Outgoing)
        {
            count += CountIn(Incoming, type);
        }
        return count;
    }

    private static int CountIn(ImmutableDictionary<string, ImmutableList<AdjacencyEntry>> side, string? type)
    {
        if (type is not null)
        {
            return side.TryGetValue(type, out var list) ? list.Count : 0;
        }
        var count = 0;
        foreach (var (_, list) in side)
        {
            count += list.Count;
        }
        return count;
    }
}
