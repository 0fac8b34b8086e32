using Graph.Core;
using Graph.Storage.Store;

namespace Graph.Engine.Execution;

/// <summary>
/// A session of the embedded engine: auto-commit queries, explicit and managed transactions, bookmarks.
/// Bookmarks name committed store versions ("shanhai:&lt;version&gt;"); one in-process store is always up to
/// date, so they are recorded but never waited on. Not thread-safe (as the port requires).
/// </summary>
internal sealed class EmbeddedSession : ISession
{
    private const string BookmarkPrefix = "shanhai:";

    private readonly QueryEngine _engine;
    private readonly GraphStore _store;
    private readonly EmbeddedDatabaseOptions _options;
    private EmbeddedTransaction? _transaction;
    private ResultCursor? _lastCursor;
    private IReadOnlyList<string> _bookmarks;

    public EmbeddedSession(QueryEngine engine, GraphStore store, EmbeddedDatabaseOptions options, SessionOptions sessionOptions)
    {
        _engine = engine;
        _store = store;
        _options = options;
        AccessMode = sessionOptions.AccessMode;
        _bookmarks = sessionOptions.Bookmarks;
    }

    public AccessMode AccessMode { get; }

    public IReadOnlyList<string> LastBookmarks => _bookmarks;

    public Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(query, parameters, null, cancellationToken);

    public async Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters,
        TransactionConfig? config, CancellationToken cancellationToken = default)
    {
        EnsureNoTransaction();
        _lastCursor?.Buffer();
        var transaction = new EngineTransaction(_engine, _store.Begin(), AccessMode, Timeout(config)) { AutoCommit = true };
        try
        {
            var cursor = await transaction.RunAsync(query, parameters, (success, _) => Finish(transaction, success),
                cancellationToken).ConfigureAwait(false);
            _lastCursor = cursor;
            return cursor;
        }
        catch
        {
            transaction.Rollback();
            throw;
        }
    }

    private void Finish(EngineTransaction transaction, bool success)
    {
        if (transaction.IsOpen)
        {
            if (success)
            {
                transaction.Commit();
            }
            else
            {
                transaction.Rollback();
            }
        }
        if (transaction.CommittedVersion > 0)
        {
            _bookmarks = [BookmarkPrefix + transaction.CommittedVersion];
        }
    }

    public async Task<ITransaction> BeginTransactionAsync(TransactionConfig? config = null, CancellationToken cancellationToken = default) =>
        await BeginAsync(AccessMode, config, cancellationToken).ConfigureAwait(false);

    private Task<ITransaction> BeginAsync(AccessMode mode, TransactionConfig? config, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        EnsureNoTransaction();
        _lastCursor?.Buffer();
        var transaction = new EmbeddedTransaction(new EngineTransaction(_engine, _store.Begin(), mode, Timeout(config)),
            (finished, version) =>
            {
                if (ReferenceEquals(_transaction, finished))
                {
                    _transaction = null;
                }
                if (version > 0)
                {
                    _bookmarks = [BookmarkPrefix + version];
                }
            });
        _transaction = transaction;
        return Task.FromResult<ITransaction>(transaction);
    }

    public Task<T> ExecuteReadAsync<T>(Func<IQueryRunner, Task<T>> work, TransactionConfig? config = null,
        CancellationToken cancellationToken = default) =>
        ManagedTransactions.RunAsync(ct => BeginAsync(AccessMode.Read, config, ct), work, cancellationToken);

    public Task<T> ExecuteWriteAsync<T>(Func<IQueryRunner, Task<T>> work, TransactionConfig? config = null,
        CancellationToken cancellationToken = default) =>
        ManagedTransactions.RunAsync(ct => BeginAsync(AccessMode.Write, config, ct), work, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_transaction is { } transaction)
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
        }
        if (_lastCursor is { } cursor)
        {
            await cursor.DisposeAsync().ConfigureAwait(false);
        }
    }

    private TimeSpan? Timeout(TransactionConfig? config) => config?.Timeout ?? _options.DefaultTransactionTimeout;

    private void EnsureNoTransaction()
    {
        if (_transaction is { IsOpen: true })
        {
            throw new GraphException(StatusCodes.InvalidTransactionState,
                "Queries cannot be run directly on a session with an open transaction; either run from within the transaction or use a different session.");
        }
    }
}
