using System.Collections.Immutable;

namespace Graph.Storage.Store;

/// <summary>A relationship's committed or working version (stored direction start → end). Immutable.</summary>
public sealed record RelationshipRecord(
    long Id,
    long StartId,
    long EndId,
    string Type,
    ImmutableDictionary<string, object?> Properties);
