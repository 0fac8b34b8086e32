using Graph.Bolt.Messages;
using Graph.Core;
using Graph.Core.Values;

namespace Graph.Bolt.Client;

/// <summary>
/// A session over pooled connections: each auto-commit query or transaction borrows a connection (by
/// access mode when routing) and returns it when its result is consumed. Bookmarks chain causally from
/// one unit of work to the next. Not thread-safe.
/// </summary>
internal sealed class BoltSession : ISession
{
    private readonly BoltDatabase _database;
    private readonly SessionOptions _options;
    private IReadOnlyList<string> _bookmarks;
    private BoltResultCursor? _open;

    public BoltSession(BoltDatabase database, SessionOptions options)
    {
        _database = database;
        _options = options;
        _bookmarks = options.Bookmarks;
    }

    public AccessMode AccessMode => _options.AccessMode;

    public IReadOnlyList<string> LastBookmarks => _bookmarks;

    private long FetchSize => _options.FetchSize == 0 ? _database.Options.FetchSize : _options.FetchSize;

    public Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default) => RunAsync(query, parameters, null, cancellationToken);

    public async Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters,
        TransactionConfig? config, CancellationToken cancellationToken = default)
    {
        await CloseOpenResultAsync(cancellationToken).ConfigureAwait(false);
        var normalized = CypherValue.NormalizeMap(parameters ?? new Dictionary<string, object?>());
        var (connection, database) = await _database.AcquireAsync(AccessMode, _options.Database, _bookmarks, cancellationToken)
            .ConfigureAwait(false);
        try
        {
            MessageEncoder.Run(connection.Writer, query, normalized, Extra(AccessMode, database, config).ToDictionary());
            connection.Sent();
            MessageEncoder.Pull(connection.Writer, MessageSignature.Pull, FetchSize, -1);
            connection.Sent();
            await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            var run = await connection.ReceiveAsync(cancellationToken).ConfigureAwait(false);
            if (!run.IsSuccess)
            {
                throw run.IsFailure
                    ? await connection.FailAsync(run, cancellationToken).ConfigureAwait(false)
                    : new GraphException(StatusCodes.RequestInvalid, "The server ignored the query.");
            }
            _open = new BoltResultCursor(connection, query, run, FetchSize, async summary =>
            {
                if (summary?.GetValueOrDefault("bookmark") is string bookmark)
                {
                    _bookmarks = [bookmark];
                }
                await _database.ReleaseAsync(connection).ConfigureAwait(false);
            });
            return _open;
        }
        catch
        {
            if (_open is null || _open.IsDone)
            {
                await _database.ReleaseAsync(connection).ConfigureAwait(false);
            }
            throw;
        }
    }

    public Task<ITransaction> BeginTransactionAsync(TransactionConfig? config = null, CancellationToken cancellationToken = default) =>
        BeginAsync(AccessMode, config, cancellationToken);

    private async Task<ITransaction> BeginAsync(AccessMode mode, TransactionConfig? config, CancellationToken ct)
    {
        await CloseOpenResultAsync(ct).ConfigureAwait(false);
        var (connection, database) = await _database.AcquireAsync(mode, _options.Database, _bookmarks, ct).ConfigureAwait(false);
        try
        {
            MessageEncoder.Map(connection.Writer, MessageSignature.Begin, Extra(mode, database, config).ToDictionary());
            connection.Sent();
            await connection.FlushAsync(ct).ConfigureAwait(false);
            await connection.ExpectSuccessAsync(ct).ConfigureAwait(false);
            return new BoltTransaction(this, connection, FetchSize);
        }
        catch
        {
            await _database.ReleaseAsync(connection).ConfigureAwait(false);
            throw;
        }
    }

    public Task<T> ExecuteReadAsync<T>(Func<IQueryRunner, Task<T>> work, TransactionConfig? config = null,
        CancellationToken cancellationToken = default) =>
        ManagedTransactions.RunAsync(ct => BeginAsync(AccessMode.Read, config, ct), work, cancellationToken);

    public Task<T> ExecuteWriteAsync<T>(Func<IQueryRunner, Task<T>> work, TransactionConfig? config = null,
        CancellationToken cancellationToken = default) =>
        ManagedTransactions.RunAsync(ct => BeginAsync(AccessMode.Write, config, ct), work, cancellationToken);

    internal void Committed(string? bookmark)
    {
        if (bookmark is not null)
        {
            _bookmarks = [bookmark];
        }
    }

    internal ValueTask ReleaseAsync(BoltConnection connection) => _database.ReleaseAsync(connection);

    private TransactionExtra Extra(AccessMode mode, string? database, TransactionConfig? config) =>
        new(_bookmarks, config?.Timeout, config?.Metadata ?? TransactionExtra.Empty.Metadata, mode, database,
            _options.ImpersonatedUser);

    private async Task CloseOpenResultAsync(CancellationToken ct)
    {
        if (_open is { IsDone: false } open)
        {
            await open.ConsumeAsync(ct).ConfigureAwait(false);
        }
        _open = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_open is { IsDone: false } open)
        {
            await open.DisposeAsync().ConfigureAwait(false);
        }
    }
}
