namespace Graph.Core;

/// <summary>
/// An explicit transaction. Disposing without committing rolls back. After a failed query the transaction
/// is unusable and can only be rolled back (as in Neo4j). Not thread-safe.
/// </summary>
public interface ITransaction : IQueryRunner, IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken = default);

    Task RollbackAsync(CancellationToken cancellationToken = default);
}
