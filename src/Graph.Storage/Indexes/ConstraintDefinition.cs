namespace Graph.Storage.Indexes;

/// <summary>A uniqueness constraint on one property of nodes with one label, backed by an index. Immutable.</summary>
public sealed record ConstraintDefinition(long Id, string Name, string Label, string Property);
