using System.Collections.Immutable;

namespace Graph.Storage.Indexes;

/// <summary>
/// Turns a property value into an index key whose equality matches Cypher's = on property values: integers
/// and integral floats share one key (1 = 1.0), lists compare element-wise. Callers that need Cypher's exact
/// semantics re-check the predicate on the rows an index returns; the key only has to never separate two
/// values Cypher calls equal. Thread-safe (stateless).
/// </summary>
public static class IndexValue
{
    private const double TwoTo63 = 9223372036854775808.0;

    public static object Key(object value) => value switch
    {
        double d when Math.Floor(d) == d && d >= -TwoTo63 && d < TwoTo63 => (long)d,
        IReadOnlyList<object?> list => new ListKey(list.Select(item => item is null ? null : Key(item)).ToImmutableArray()),
        _ => value,
    };

    /// <summary>A list value with structural equality, so lists of equal elements find each other.</summary>
    private sealed class ListKey(ImmutableArray<object?> items) : IEquatable<ListKey>
    {
        public bool Equals(ListKey? other)
        {
            if (other is null || other.Items.Length != Items.Length)
            {
                return false;
            }
            for (var i = 0; i < Items.Length; i++)
            {
                if (!Equals(Items[i], other.Items[i]))
                {
                    return false;
                }
            }
            return true;
        }

        private ImmutableArray<object?> Items { get; } = items;

        public override bool Equals(object? obj) => obj is ListKey other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var item in Items)
            {
                hash.Add(item);
            }
            return hash.ToHashCode();
        }
    }
}
