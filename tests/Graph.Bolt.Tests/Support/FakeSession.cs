using Graph.Core;

namespace Graph.Bolt.Tests.Support;

/// <summary>Session of <see cref="FakeGraphDatabase"/>: auto-commit results commit when consumed. Not thread-safe.</summary>
internal sealed class FakeSession(FakeGraphDatabase database, SessionOptions options) : ISession
{
    private IReadOnlyList<string> _bookmarks = options.Bookmarks;

    public AccessMode AccessMode => options.AccessMode;

    public IReadOnlyList<string> LastBookmarks => _bookmarks;

    public Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default) => RunAsync(query, parameters, null, cancellationToken);

    public Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters,
        TransactionConfig? config, CancellationToken cancellationToken = default)
    {
        var writes = new List<long>();
        var (keys, rows, counters) = database.Compile(query, parameters ?? new Dictionary<string, object?>(), AccessMode, writes);
        IResultCursor cursor = new FakeCursor(query, keys, rows, counters,
            () => _bookmarks = [database.Commit(writes)], cancellationToken);
        return Task.FromResult(cursor);
    }

    public Task<ITransaction> BeginTransactionAsync(TransactionConfig? config = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<ITransaction>(new FakeTransaction(database, this));

    public Task<T> ExecuteReadAsync<T>(Func<IQueryRunner, Task<T>> work, TransactionConfig? config = null,
        CancellationToken cancellationToken = default) =>
        ManagedTransactions.RunAsync(ct => BeginTransactionAsync(config, ct), work, cancellationToken);

    public Task<T> ExecuteWriteAsync<T>(Func<IQueryRunner, Task<T>> work, TransactionConfig? config = null,
        CancellationToken cancellationToken = default) =>
        ManagedTransactions.RunAsync(ct => BeginTransactionAsync(config, ct), work, cancellationToken);

    internal void Committed(string bookmark) => _bookmarks = [bookmark];

    public ValueTask DisposeAsync()
    {
        Interlocked.Decrement(ref database.OpenSessions);
        return ValueTask.CompletedTask;
    }
}
