using Graph.Core;

namespace Graph.Engine.Execution;

/// <summary>An explicit transaction of the embedded engine (the port's ITransaction). Not thread-safe.</summary>
internal sealed class EmbeddedTransaction : ITransaction
{
    private readonly EngineTransaction _transaction;
    private readonly Action<EmbeddedTransaction, long> _finished;

    public EmbeddedTransaction(EngineTransaction transaction, Action<EmbeddedTransaction, long> finished)
    {
        _transaction = transaction;
        _finished = finished;
    }

    public bool IsOpen => _transaction.IsOpen;

    public async Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default) =>
        await _transaction.RunAsync(query, parameters, null, cancellationToken).ConfigureAwait(false);

    public Task CommitAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            _transaction.Commit();
        }
        finally
        {
            _finished(this, _transaction.CommittedVersion);
        }
        return Task.CompletedTask;
    }

    public Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        _transaction.Rollback();
        _finished(this, 0);
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        if (_transaction.IsOpen)
        {
            _transaction.Rollback();
            _finished(this, 0);
        }
        return ValueTask.CompletedTask;
    }
}
