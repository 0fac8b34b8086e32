namespace Graph.Bolt.Server;

/// <summary>Connection counters of the Bolt server (tests assert that open connections return to zero). Thread-safe.</summary>
public sealed class BoltServerMetrics
{
    private long _open;
    private long _total;
    private long _protocolErrors;

    public long OpenConnections => Interlocked.Read(ref _open);

    public long TotalConnections => Interlocked.Read(ref _total);

    public long ProtocolErrors => Interlocked.Read(ref _protocolErrors);

    internal long Opened()
    {
        Interlocked.Increment(ref _open);
        return Interlocked.Increment(ref _total);
    }

    internal void Closed() => Interlocked.Decrement(ref _open);

    internal void ProtocolError() => Interlocked.Increment(ref _protocolErrors);
}
