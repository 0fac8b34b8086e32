namespace Graph.Explorer.Import;

/// <summary>
/// One data line of an import file. For a node file <see cref="Key"/> is the ID and <see cref="Labels"/> the
/// :LABEL values; for a relationship file <see cref="Start"/>, <see cref="End"/> and <see cref="Type"/> are set.
/// <see cref="Properties"/> holds the typed property columns (empty cells are absent). Immutable.
/// </summary>
public sealed record ImportRow(
    string File,
    int Line,
    string? Key,
    IReadOnlyList<string> Labels,
    string? Start,
    string? End,
    string? Type,
    IReadOnlyDictionary<string, object?> Properties);
