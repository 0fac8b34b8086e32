namespace Graph.Engine.Values;

/// <summary>
/// Cypher equivalence, the relation behind DISTINCT and grouping keys: like <c>=</c> but two-valued, with
/// null ≡ null and NaN ≡ NaN; INTEGER and FLOAT compare by exact value (1 ≡ 1.0). Lists and maps are
/// equivalent when their elements are. Hashes agree with equality across number types.
/// Thread-safe (stateless).
/// </summary>
internal sealed class EquivalenceComparer : IEqualityComparer<object?>
{
    public new bool Equals(object? a, object? b)
    {
        if (a is null || b is null) return a is null && b is null;
        if (NumberComparison.IsNumber(a))
        {
            if (!NumberComparison.IsNumber(b)) return false;
            var nanA = NumberComparison.IsNaN(a);
            var nanB = NumberComparison.IsNaN(b);
            return nanA || nanB ? nanA && nanB : NumberComparison.Compare(a, b) == 0;
        }
        return (a, b) switch
        {
            (IReadOnlyDictionary<string, object?> x, IReadOnlyDictionary<string, object?> y) => MapsEquivalent(x, y),
            (IReadOnlyDictionary<string, object?>, _) or (_, IReadOnlyDictionary<string, object?>) => false,
            (IReadOnlyList<object?> x, IReadOnlyList<object?> y) => ListsEquivalent(x, y),
            (byte[] x, byte[] y) => x.AsSpan().SequenceEqual(y),
            _ => a.Equals(b),
        };
    }

    public int GetHashCode(object? value)
    {
        switch (value)
        {
            case null: return 0;
            case long l: return l.GetHashCode();
            case double d: return NumberComparison.Hash(d);
            case string s: return StringComparer.Ordinal.GetHashCode(s);
            case IReadOnlyDictionary<string, object?> map:
                // Order-independent: dictionaries with the same entries may enumerate differently.
                var mapHash = map.Count;
                foreach (var (key, item) in map)
                {
                    mapHash += HashCode.Combine(StringComparer.Ordinal.GetHashCode(key), GetHashCode(item));
                }
                return mapHash;
            case IReadOnlyList<object?> list:
                var listHash = new HashCode();
                foreach (var item in list) listHash.Add(GetHashCode(item));
                return listHash.ToHashCode();
            case byte[] bytes:
                var bytesHash = new HashCode();
                bytesHash.AddBytes(bytes);
                return bytesHash.ToHashCode();
            default: return value.GetHashCode();
        }
    }

    private bool ListsEquivalent(IReadOnlyList<object?> x, IReadOnlyList<object?> y)
    {
        if (x.Count != y.Count) return false;
        for (var i = 0; i < x.Count; i++)
        {
            if (!Equals(x[i], y[i])) return false;
        }
        return true;
    }

    private bool MapsEquivalent(IReadOnlyDictionary<string, object?> x, IReadOnlyDictionary<string, object?> y)
    {
        if (x.Count != y.Count) return false;
        foreach (var (key, item) in x)
        {
            if (!y.TryGetValue(key, out var other) || !Equals(item, other)) return false;
        }
        return true;
    }
}
