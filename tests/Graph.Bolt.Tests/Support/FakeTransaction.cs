using Graph.Core;

namespace Graph.Bolt.Tests.Support;

/// <summary>Transaction of <see cref="FakeGraphDatabase"/>: writes become visible on commit. Not thread-safe.</summary>
internal sealed class FakeTransaction(FakeGraphDatabase database, FakeSession session) : ITransaction
{
    private readonly List<long> _writes = [];
    private bool _done;

    public Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default)
    {
        var (keys, rows, counters) = database.Compile(query, parameters ?? new Dictionary<string, object?>(),
            session.AccessMode, _writes);
        return Task.FromResult<IResultCursor>(new FakeCursor(query, keys, rows, counters, null, cancellationToken));
    }

    public Task CommitAsync(CancellationToken cancellationToken = default)
    {
        _done = true;
        session.Committed(database.Commit(_writes));
        return Task.CompletedTask;
    }

    public Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        _done = true;
        _writes.Clear();
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        if (!_done)
        {
            _writes.Clear();
        }
        return ValueTask.CompletedTask;
    }
}
