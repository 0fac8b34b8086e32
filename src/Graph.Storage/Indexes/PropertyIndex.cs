using System.Collections.Immutable;

namespace Graph.Storage.Indexes;

/// <summary>
/// The entries of one <see cref="IndexDefinition"/>: index key → ids of the nodes holding that value, in id
/// order. Immutable (persistent): each change returns a new index sharing structure with the old one.
/// </summary>
public sealed class PropertyIndex
{
    private readonly ImmutableDictionary<object, ImmutableSortedSet<long>> _entries;

    public PropertyIndex(IndexDefinition definition)
        : this(definition, ImmutableDictionary<object, ImmutableSortedSet<long>>.Empty)
    {
    }

    private PropertyIndex(IndexDefinition definition, ImmutableDictionary<object, ImmutableSortedSet<long>> entries)
    {
        Definition = definition;
        _entries = entries;
    }

    public IndexDefinition Definition { get; }

    public int EntryCount => _entries.Count;

    public ImmutableSortedSet<long> Seek(object value) =>
        _entries.TryGetValue(IndexValue.Key(value), out var ids) ? ids : ImmutableSortedSet<long>.Empty;

    public PropertyIndex Add(object value, long nodeId)
    {
        var key = IndexValue.Key(value);
        var ids = _entries.TryGetValue(key, out var existing) ? existing : ImmutableSortedSet<long>.Empty;
        return new PropertyIndex(Definition, _entries.SetItem(key, ids.Add(nodeId)));
    }

    public PropertyIndex Remove(object value, long nodeId)
    {
        var key = IndexValue.Key(value);
        if (!_entries.TryGetValue(key, out var existing))
        {
            return this;
        }
        var ids = existing.Remove(nodeId);
        return new PropertyIndex(Definition, ids.IsEmpty ? _entries.Remove(key) : _entries.SetItem(key, ids));
    }
}
