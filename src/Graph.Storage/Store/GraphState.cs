using System.Collections.Immutable;
using Graph.Storage.Indexes;

namespace Graph.Storage.Store;

/// <summary>
/// One complete version of the graph, built from persistent (immutable, structure-sharing) collections.
/// A committed state never changes, so any number of readers may use it without locks; a writer derives new
/// states from it and publishes the last one on commit. <see cref="Tombstones"/> holds nodes deleted in a
/// working state while they still had relationships (Neo4j fails such a transaction at commit); a published
/// state never has any.
/// </summary>
public sealed record GraphState
{
    public static GraphState Empty { get; } = new()
    {
        Nodes = ImmutableSortedDictionary<long, NodeRecord>.Empty,
        Relationships = ImmutableSortedDictionary<long, RelationshipRecord>.Empty,
        LabelIndex = ImmutableDictionary.Create<string, ImmutableSortedSet<long>>(StringComparer.Ordinal),
        TypeCounts = ImmutableDictionary.Create<string, long>(StringComparer.Ordinal),
        PropertyKeys = ImmutableSortedSet.Create<string>(StringComparer.Ordinal),
        Indexes = [],
        Constraints = [],
        Tombstones = ImmutableDictionary<long, NodeRecord>.Empty,
    };

    /// <summary>Commit sequence number; bookmarks name it.</summary>
    public long Version { get; init; }

    public required ImmutableSortedDictionary<long, NodeRecord> Nodes { get; init; }

    public required ImmutableSortedDictionary<long, RelationshipRecord> Relationships { get; init; }

    /// <summary>Label → ids of the live nodes carrying it; labels in use are exactly the keys.</summary>
    public required ImmutableDictionary<string, ImmutableSortedSet<long>> LabelIndex { get; init; }

    /// <summary>Relationship type → number of live relationships of that type.</summary>
    public required ImmutableDictionary<string, long> TypeCounts { get; init; }

    /// <summary>Every property key ever written (Neo4j's db.propertyKeys() keeps unused ones too).</summary>
    public required ImmutableSortedSet<string> PropertyKeys { get; init; }

    public required ImmutableList<PropertyIndex> Indexes { get; init; }

    public required ImmutableList<ConstraintDefinition> Constraints { get; init; }

    public required ImmutableDictionary<long, NodeRecord> Tombstones { get; init; }

    public long NextNodeId { get; init; }

    public long NextRelationshipId { get; init; }

    public long NextSchemaId { get; init; } = 1;

    public PropertyIndex? FindIndex(string label, string property)
    {
        foreach (var index in Indexes)
        {
            if (index.Definition.Label == label && index.Definition.Property == property)
            {
                return index;
            }
        }
        return null;
    }
}
