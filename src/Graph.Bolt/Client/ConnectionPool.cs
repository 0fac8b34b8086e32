using System.Collections.Concurrent;
using Graph.Core;

namespace Graph.Bolt.Client;

/// <summary>
/// Idle connections per server address, at most MaxConnectionPoolSize in use or idle per address. A
/// connection comes back only when idle and unbroken; otherwise it is closed. Thread-safe.
/// </summary>
internal sealed class ConnectionPool : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, AddressPool> _pools = new(StringComparer.Ordinal);
    private readonly Func<string, CancellationToken, Task<BoltConnection>> _open;
    private readonly BoltClientOptions _options;
    private bool _disposed;

    public ConnectionPool(BoltClientOptions options, Func<string, CancellationToken, Task<BoltConnection>> open)
    {
        _options = options;
        _open = open;
    }

    public async Task<BoltConnection> AcquireAsync(string address, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var pool = _pools.GetOrAdd(address, _ => new AddressPool(_options.MaxConnectionPoolSize));
        if (!await pool.Slots.WaitAsync(_options.ConnectionAcquisitionTimeout, ct).ConfigureAwait(false))
        {
            throw new GraphException(StatusCodes.ServiceUnavailable,
                $"No connection to {address} became free within {_options.ConnectionAcquisitionTimeout}.");
        }
        try
        {
            while (pool.Idle.TryTake(out var idle))
            {
                if (idle.IsIdle)
                {
                    return idle;
                }
                await idle.DisposeAsync().ConfigureAwait(false);
            }
            return await _open(address, ct).ConfigureAwait(false);
        }
        catch
        {
            pool.Slots.Release();
            throw;
        }
    }

    public async ValueTask ReleaseAsync(BoltConnection connection)
    {
        if (!_pools.TryGetValue(connection.Address, out var pool))
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            return;
        }
        if (connection.IsIdle && !_disposed)
        {
            pool.Idle.Add(connection);
        }
        else
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
        pool.Slots.Release();
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        foreach (var pool in _pools.Values)
        {
            while (pool.Idle.TryTake(out var connection))
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private sealed class AddressPool(int size)
    {
        public SemaphoreSlim Slots { get; } = new(size, size);

        public ConcurrentBag<BoltConnection> Idle { get; } = [];
    }
}
