using Graph.Core;

namespace Graph.Storage.Store;

/// <summary>
/// The in-memory property-graph store. Concurrency contract (thread-safe):
/// <list type="bullet">
/// <item>The committed graph is an immutable <see cref="GraphState"/> published through a volatile field.
/// A reader takes the current state when it begins and sees exactly that version until it ends: never a
/// torn or uncommitted write, without taking any lock.</item>
/// <item>One writer at a time: <see cref="StoreTransaction.BeginWriteAsync"/> takes the writer lock, rebases
/// the transaction onto the latest committed state, and every write derives a new private state. Commit
/// publishes it atomically; rollback (or a failed statement, via a <see cref="Savepoint"/>) just drops
/// the private states, so a failure leaves nothing behind.</item>
/// </list>
/// A transaction therefore reads a snapshot until its first write and the latest committed state plus its
/// own writes after it (read committed, as Neo4j).
/// </summary>
public sealed class GraphStore
{
    private readonly SemaphoreSlim _writerLock = new(1, 1);
    private volatile GraphState _committed = GraphState.Empty;

    /// <summary>How long a writer waits for the lock before failing with a transient (retryable) error.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public GraphState Committed => _committed;

    /// <summary>Starts a transaction reading the current committed state; it may later begin writing.</summary>
    public StoreTransaction Begin() => new(this, _committed);

    internal async Task AcquireWriterAsync(CancellationToken cancellationToken)
    {
        if (!await _writerLock.WaitAsync(LockTimeout, cancellationToken).ConfigureAwait(false))
        {
            throw new GraphException(StatusCodes.DeadlockDetected,
                $"Could not acquire the write lock within {LockTimeout.TotalSeconds:0} s: another transaction is writing.");
        }
    }

    internal void Publish(GraphState state)
    {
        _committed = state with { Version = _committed.Version + 1 };
    }

    internal void ReleaseWriter() => _writerLock.Release();
}
