namespace Graph.Core;

/// <summary>
/// The retry loop behind ExecuteRead/ExecuteWrite, shared by every port implementation: run the work in a
/// fresh transaction, commit, and on a transient error retry with jittered exponential backoff until
/// <see cref="MaxRetryTime"/> has passed (the Neo4j drivers' default is 30 s). Thread-safe (stateless).
/// </summary>
public static class ManagedTransactions
{
    public static readonly TimeSpan MaxRetryTime = TimeSpan.FromSeconds(30);

    public static async Task<T> RunAsync<T>(Func<CancellationToken, Task<ITransaction>> begin,
        Func<IQueryRunner, Task<T>> work, CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        var delay = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await using var transaction = await begin(cancellationToken).ConfigureAwait(false);
                var result = await work(transaction).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
            catch (GraphException error) when (error.IsRetryable && DateTime.UtcNow - started < MaxRetryTime)
            {
                var jitter = Random.Shared.NextDouble() * 0.4 + 0.8;
                await Task.Delay(delay * jitter, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
        }
    }
}
