namespace Graph.Bolt.PackStream;

/// <summary>A structure whose tag this side does not know, kept raw (bolt.md §11, client item 3). Immutable.</summary>
public sealed record PackStreamStructure(byte Tag, IReadOnlyList<object?> Fields);
