namespace Graph.Core;

public sealed record TransactionConfig
{
    /// <summary>Null means the database default; a query past it fails with TransactionTimedOut.</summary>
    public TimeSpan? Timeout { get; init; }

    public IReadOnlyDictionary<string, object?> Metadata { get; init; } = new Dictionary<string, object?>();
}
