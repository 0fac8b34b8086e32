namespace Graph.Engine;

public sealed record EmbeddedDatabaseOptions
{
    /// <summary>Timeout for transactions whose config sets none; null means no limit.</summary>
    public TimeSpan? DefaultTransactionTimeout { get; init; }

    /// <summary>How long a writer waits for another writer before a transient (retryable) error.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Compiled plans kept by query text.</summary>
    public int PlanCacheSize { get; init; } = 1000;
}
