using Graph.Engine.Values;

namespace Graph.Engine.Planning;

/// <summary>Compares rows on some slots with Cypher equivalence (DISTINCT, grouping keys). Stateless apart from the slots.</summary>
internal sealed class RowKeyComparer(int[] slots) : IEqualityComparer<object?[]>
{
    public bool Equals(object?[]? x, object?[]? y)
    {
        if (x is null || y is null)
        {
            return x == y;
        }
        foreach (var slot in slots)
        {
            if (!CypherComparer.Equivalence.Equals(x[slot], y[slot]))
            {
                return false;
            }
        }
        return true;
    }

    public int GetHashCode(object?[] row)
    {
        var hash = new HashCode();
        foreach (var slot in slots)
        {
            hash.Add(row[slot] is { } value ? CypherComparer.Equivalence.GetHashCode(value) : 0);
        }
        return hash.ToHashCode();
    }
}
