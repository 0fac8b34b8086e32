using System.Collections.Immutable;
using Graph.Core;
using Graph.Storage.Indexes;

namespace Graph.Storage.Store;

public sealed partial class StoreTransaction
{
    private static readonly ImmutableDictionary<string, object?> NoProperties =
        ImmutableDictionary.Create<string, object?>(StringComparer.Ordinal);

    /// <summary>Creates a node. Property values must be valid property values; null values are skipped.</summary>
    public NodeRecord CreateNode(IEnumerable<string> labels, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        EnsureWriting();
        var labelArray = labels.Distinct(StringComparer.Ordinal).ToImmutableArray();
        var props = NoProperties.ToBuilder();
        foreach (var (key, value) in properties)
        {
            if (value is not null)
            {
                props[key] = value;
            }
        }
        var node = new NodeRecord(_state.NextNodeId, labelArray, props.ToImmutable(), NodeRecord.NoAdjacency,
            NodeRecord.NoAdjacency);
        foreach (var label in labelArray)
        {
            foreach (var (key, value) in node.Properties)
            {
                CheckUnique(label, key, value, node.Id);
            }
        }
        _state = _state with
        {
            NextNodeId = node.Id + 1,
            Nodes = _state.Nodes.Add(node.Id, node),
            PropertyKeys = _state.PropertyKeys.Union(node.Properties.Keys),
        };
        foreach (var label in labelArray)
        {
            IndexLabel(label, node.Id, add: true);
            foreach (var (key, value) in node.Properties)
            {
                IndexProperty(label, key, value, node.Id, add: true);
            }
        }
        return node;
    }

    public RelationshipRecord CreateRelationship(long startId, long endId, string type,
        IEnumerable<KeyValuePair<string, object?>> properties)
    {
        EnsureWriting();
        var start = Node(startId) ?? throw DeletedNode(startId);
        var end = Node(endId) ?? throw DeletedNode(endId);
        var props = NoProperties.ToBuilder();
        foreach (var (key, value) in properties)
        {
            if (value is not null)
            {
                props[key] = value;
            }
        }
        var relationship = new RelationshipRecord(_state.NextRelationshipId, startId, endId, type, props.ToImmutable());
        _state = _state with
        {
            NextRelationshipId = relationship.Id + 1,
            Relationships = _state.Relationships.Add(relationship.Id, relationship),
            TypeCounts = _state.TypeCounts.SetItem(type, _state.TypeCounts.GetValueOrDefault(type) + 1),
            PropertyKeys = _state.PropertyKeys.Union(relationship.Properties.Keys),
        };
        var outgoing = new AdjacencyEntry(relationship.Id, endId, type, Outgoing: true);
        var incoming = new AdjacencyEntry(relationship.Id, startId, type, Outgoing: false);
        start = start with { Outgoing = AddEntry(start.Outgoing, outgoing) };
        if (startId == endId)
        {
            start = start with { Incoming = AddEntry(start.Incoming, incoming) };
            PutNode(start);
        }
        else
        {
            PutNode(start);
            PutNode(end with { Incoming = AddEntry(end.Incoming, incoming) });
        }
        return relationship;
    }

    /// <summary>Sets (or with null removes) a node property, keeping indexes and unique constraints true.</summary>
    public void SetNodeProperty(long id, string key, object? value)
    {
        EnsureWriting();
        var node = Node(id) ?? throw DeletedNode(id);
        node.Properties.TryGetValue(key, out var old);
        if (value is not null)
        {
            foreach (var label in node.Labels)
            {
                CheckUnique(label, key, value, id);
            }
        }
        foreach (var label in node.Labels)
        {
            if (old is not null)
            {
                IndexProperty(label, key, old, id, add: false);
            }
            if (value is not null)
            {
                IndexProperty(label, key, value, id, add: true);
            }
        }
        var props = value is null ? node.Properties.Remove(key) : node.Properties.SetItem(key, value);
        PutNode(node with { Properties = props });
        if (value is not null && !_state.PropertyKeys.Contains(key))
        {
            _state = _state with { PropertyKeys = _state.PropertyKeys.Add(key) };
        }
    }

    public void SetRelationshipProperty(long id, string key, object? value)
    {
        EnsureWriting();
        var relationship = Relationship(id) ?? throw DeletedRelationship(id);
        var props = value is null ? relationship.Properties.Remove(key) : relationship.Properties.SetItem(key, value);
        _state = _state with
        {
            Relationships = _state.Relationships.SetItem(id, relationship with { Properties = props }),
            PropertyKeys = value is null ? _state.PropertyKeys : _state.PropertyKeys.Add(key),
        };
    }

    /// <summary>Adds a label; false when the node already had it.</summary>
    public bool AddLabel(long id, string label)
    {
        EnsureWriting();
        var node = Node(id) ?? throw DeletedNode(id);
        if (node.HasLabel(label))
        {
            return false;
        }
        foreach (var (key, value) in node.Properties)
        {
            CheckUnique(label, key, value, id);
        }
        PutNode(node with { Labels = node.Labels.Add(label) });
        IndexLabel(label, id, add: true);
        foreach (var (key, value) in node.Properties)
        {
            IndexProperty(label, key, value, id, add: true);
        }
        return true;
    }

    /// <summary>Removes a label; false when the node did not have it.</summary>
    public bool RemoveLabel(long id, string label)
    {
        EnsureWriting();
        var node = Node(id) ?? throw DeletedNode(id);
        if (!node.HasLabel(label))
        {
            return false;
        }
        PutNode(node with { Labels = node.Labels.Remove(label) });
        IndexLabel(label, id, add: false);
        foreach (var (key, value) in node.Properties)
        {
            IndexProperty(label, key, value, id, add: false);
        }
        return true;
    }

    /// <summary>Deletes a relationship; false when it was already deleted.</summary>
    public bool DeleteRelationship(long id)
    {
        EnsureWriting();
        var relationship = Relationship(id);
        if (relationship is null)
        {
            return false;
        }
        var count = _state.TypeCounts.GetValueOrDefault(relationship.Type) - 1;
        _state = _state with
        {
            Relationships = _state.Relationships.Remove(id),
            TypeCounts = count > 0 ? _state.TypeCounts.SetItem(relationship.Type, count) : _state.TypeCounts.Remove(relationship.Type),
        };
        DetachEntry(relationship.StartId, relationship.Type, id, outgoingSide: true);
        DetachEntry(relationship.EndId, relationship.Type, id, outgoingSide: false);
        return true;
    }

    /// <summary>
    /// Deletes a node; with <paramref name="detach"/> its relationships first. Without it a node that still has
    /// relationships becomes a tombstone and the commit fails unless they are deleted too (Neo4j's rule).
    /// Returns false when the node was already deleted.
    /// </summary>
    public bool DeleteNode(long id, bool detach, Action<RelationshipRecord>? onRelationshipDeleted = null)
    {
        EnsureWriting();
        var node = Node(id);
        if (node is null)
        {
            return false;
        }
        if (detach)
        {
            foreach (var entry in Adjacent(node, Direction.Both, []).ToList())
            {
                var relationship = Relationship(entry.RelationshipId);
                if (relationship is not null && DeleteRelationship(entry.RelationshipId))
                {
                    onRelationshipDeleted?.Invoke(relationship);
                }
            }
            node = Node(id)!;
        }
        foreach (var label in node.Labels)
        {
            IndexLabel(label, id, add: false);
            foreach (var (key, value) in node.Properties)
            {
                IndexProperty(label, key, value, id, add: false);
            }
        }
        _state = _state with
        {
            Nodes = _state.Nodes.Remove(id),
            Tombstones = node.HasRelationships ? _state.Tombstones.SetItem(id, node) : _state.Tombstones,
        };
        return true;
    }

    private void DetachEntry(long nodeId, string type, long relationshipId, bool outgoingSide)
    {
        var live = Node(nodeId);
        var node = live ?? (_state.Tombstones.TryGetValue(nodeId, out var dead) ? dead : null);
        if (node is null)
        {
            return;
        }
        node = outgoingSide
            ? node with { Outgoing = RemoveEntry(node.Outgoing, type, relationshipId) }
            : node with { Incoming = RemoveEntry(node.Incoming, type, relationshipId) };
        if (live is not null)
        {
            PutNode(node);
        }
        else
        {
            _state = _state with
            {
                Tombstones = node.HasRelationships ? _state.Tombstones.SetItem(nodeId, node) : _state.Tombstones.Remove(nodeId),
            };
        }
    }

    private void PutNode(NodeRecord node) => _state = _state with { Nodes = _state.Nodes.SetItem(node.Id, node) };

    private static ImmutableDictionary<string, ImmutableList<AdjacencyEntry>> AddEntry(
        ImmutableDictionary<string, ImmutableList<AdjacencyEntry>> side, AdjacencyEntry entry)
    {
        var list = side.TryGetValue(entry.Type, out var existing) ? existing : ImmutableList<AdjacencyEntry>.Empty;
        return side.SetItem(entry.Type, list.Add(entry));
    }

    private static ImmutableDictionary<string, ImmutableList<AdjacencyEntry>> RemoveEntry(
        ImmutableDictionary<string, ImmutableList<AdjacencyEntry>> side, string type, long relationshipId)
    {
        if (!side.TryGetValue(type, out var list))
        {
            return side;
        }
        var index = list.FindIndex(e => e.RelationshipId == relationshipId);
        if (index < 0)
        {
            return side;
        }
        list = list.RemoveAt(index);
        return list.IsEmpty ? side.Remove(type) : side.SetItem(type, list);
    }

    private void IndexLabel(string label, long id, bool add)
    {
        var ids = _state.LabelIndex.TryGetValue(label, out var existing) ? existing : ImmutableSortedSet<long>.Empty;
        ids = add ? ids.Add(id) : ids.Remove(id);
        _state = _state with
        {
            LabelIndex = ids.IsEmpty ? _state.LabelIndex.Remove(label) : _state.LabelIndex.SetItem(label, ids),
        };
    }

    private void IndexProperty(string label, string key, object? value, long id, bool add)
    {
        if (value is null)
        {
            return;
        }
        for (var i = 0; i < _state.Indexes.Count; i++)
        {
            var index = _state.Indexes[i];
            if (index.Definition.Label == label && index.Definition.Property == key)
            {
                var updated = add ? index.Add(value, id) : index.Remove(value, id);
                _state = _state with { Indexes = _state.Indexes.SetItem(i, updated) };
            }
        }
    }

    private void CheckUnique(string label, string key, object? value, long id)
    {
        if (value is null)
        {
            return;
        }
        foreach (var constraint in _state.Constraints)
        {
            if (constraint.Label != label || constraint.Property != key)
            {
                continue;
            }
            var index = _state.FindIndex(label, key);
            if (index is null)
            {
                continue;
            }
            foreach (var other in index.Seek(value))
            {
                if (other != id)
                {
                    throw new GraphException(StatusCodes.ConstraintValidationFailed,
                        $"Node({other}) already exists with label `{label}` and property `{key}` = {CypherValueText(value)}");
                }
            }
        }
    }

    private static string CypherValueText(object value) => Graph.Core.Values.CypherValue.ToCypherString(value);

    private static GraphException DeletedNode(long id) =>
        new(StatusCodes.EntityNotFound, $"Node with id {id} has been deleted in this transaction", "DeletedEntityAccess");

    private static GraphException DeletedRelationship(long id) =>
        new(StatusCodes.EntityNotFound, $"Relationship with id {id} has been deleted in this transaction", "DeletedEntityAccess");
}
