namespace Graph.Storage.Indexes;

/// <summary>
/// A range (exact-match) index on one property of nodes with one label. <see cref="OwningConstraint"/> names
/// the unique constraint that created it, if any. Immutable.
/// </summary>
public sealed record IndexDefinition(long Id, string Name, string Label, string Property, string? OwningConstraint);
