namespace Graph.Core;

/// <summary>
/// A causal chain of work against one database, as a Neo4j driver session. Auto-commit queries go through
/// <see cref="IQueryRunner.RunAsync"/>; explicit transactions through <see cref="BeginTransactionAsync"/>;
/// managed (retried) transactions through ExecuteRead/ExecuteWrite. Not thread-safe: one caller at a time,
/// and at most one open transaction or unconsumed auto-commit result per session.
/// </summary>
public interface ISession : IQueryRunner, IAsyncDisposable
{
    AccessMode AccessMode { get; }

    /// <summary>Bookmarks of the last committed transaction, to chain causally into another session.</summary>
    IReadOnlyList<string> LastBookmarks { get; }

    /// <summary>Runs one auto-commit query with a transaction configuration (timeout, metadata).</summary>
    Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters,
        TransactionConfig? config, CancellationToken cancellationToken = default);

    Task<ITransaction> BeginTransactionAsync(TransactionConfig? config = null, CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="work"/> in a read transaction, retrying it on transient errors.</summary>
    Task<T> ExecuteReadAsync<T>(Func<IQueryRunner, Task<T>> work, TransactionConfig? config = null,
        CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="work"/> in a write transaction, retrying it on transient errors.</summary>
    Task<T> ExecuteWriteAsync<T>(Func<IQueryRunner, Task<T>> work, TransactionConfig? config = null,
        CancellationToken cancellationToken = default);
}
