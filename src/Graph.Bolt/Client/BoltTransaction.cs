using Graph.Bolt.Messages;
using Graph.Core;
using Graph.Core.Values;

namespace Graph.Bolt.Client;

/// <summary>
/// An explicit transaction holding one pooled connection from BEGIN to COMMIT/ROLLBACK. Starting a new
/// query buffers the previous result, as the official drivers do. After a failure the server has rolled
/// back; the transaction is then closed. Not thread-safe.
/// </summary>
internal sealed class BoltTransaction : ITransaction
{
    private static readonly Dictionary<string, object?> NoExtra = new();

    private readonly BoltSession _session;
    private readonly BoltConnection _connection;
    private readonly long _fetchSize;
    private BoltResultCursor? _open;
    private bool _finished;

    public BoltTransaction(BoltSession session, BoltConnection connection, long fetchSize)
    {
        _session = session;
        _connection = connection;
        _fetchSize = fetchSize;
    }

    public async Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        if (_open is { IsDone: false })
        {
            await _open.BufferAllAsync(cancellationToken).ConfigureAwait(false);
        }
        MessageEncoder.Run(_connection.Writer, query, CypherValue.NormalizeMap(parameters ?? NoExtra), NoExtra);
        _connection.Sent();
        MessageEncoder.Pull(_connection.Writer, MessageSignature.Pull, _fetchSize, -1);
        _connection.Sent();
        await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
        var run = await _connection.ReceiveAsync(cancellationToken).ConfigureAwait(false);
        if (!run.IsSuccess)
        {
            var error = run.IsFailure
                ? await _connection.FailAsync(run, cancellationToken).ConfigureAwait(false)
                : new GraphException(StatusCodes.RequestInvalid, "The server ignored the query.");
            await FinishAsync().ConfigureAwait(false);
            throw error;
        }
        _open = new BoltResultCursor(_connection, query, run, _fetchSize, OnResultDoneAsync);
        return _open;
    }

    private ValueTask OnResultDoneAsync(IReadOnlyDictionary<string, object?>? summary) =>
        summary is null ? FinishAsync() : ValueTask.CompletedTask;

    public Task CommitAsync(CancellationToken cancellationToken = default) =>
        EndAsync(MessageSignature.Commit, cancellationToken);

    // Rolling back a transaction that already failed is a no-op: the server rolled it back on the failure.
    public Task RollbackAsync(CancellationToken cancellationToken = default) =>
        _finished ? Task.CompletedTask : EndAsync(MessageSignature.Rollback, cancellationToken);

    private async Task EndAsync(byte signature, CancellationToken ct)
    {
        EnsureOpen();
        try
        {
            if (_open is { IsDone: false })
            {
                await _open.ConsumeAsync(ct).ConfigureAwait(false);
            }
            EnsureOpen();
            MessageEncoder.Empty(_connection.Writer, signature);
            _connection.Sent();
            await _connection.FlushAsync(ct).ConfigureAwait(false);
            var success = await _connection.ExpectSuccessAsync(ct).ConfigureAwait(false);
            if (signature == MessageSignature.Commit)
            {
                _session.Committed(success.Metadata.GetValueOrDefault("bookmark") as string);
            }
        }
        finally
        {
            await FinishAsync().ConfigureAwait(false);
        }
    }

    private void EnsureOpen()
    {
        if (_finished)
        {
            throw new GraphException(StatusCodes.TransactionMarkedAsFailed,
                "The transaction has been closed (committed, rolled back or failed).");
        }
    }

    private async ValueTask FinishAsync()
    {
        if (!_finished)
        {
            _finished = true;
            await _session.ReleaseAsync(_connection).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_finished)
        {
            try
            {
                await RollbackAsync().ConfigureAwait(false);
            }
            catch (GraphException)
            {
                // the connection is dropped by the pool if it broke; nothing else to undo
            }
        }
    }
}
