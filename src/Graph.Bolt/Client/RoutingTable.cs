namespace Graph.Bolt.Client;

/// <summary>
/// A ROUTE answer (bolt.md §4.6): routers, readers and writers for one database, valid for ttl seconds.
/// Addresses are handed out round-robin. Thread-safe (immutable lists, atomic counter).
/// </summary>
internal sealed class RoutingTable
{
    private int _next;

    public RoutingTable(IReadOnlyList<string> routers, IReadOnlyList<string> readers, IReadOnlyList<string> writers,
        string? database, DateTime expiresUtc)
    {
        Routers = routers;
        Readers = readers;
        Writers = writers;
        Database = database;
        ExpiresUtc = expiresUtc;
    }

    public IReadOnlyList<string> Routers { get; }

    public IReadOnlyList<string> Readers { get; }

    public IReadOnlyList<string> Writers { get; }

    public string? Database { get; }

    public DateTime ExpiresUtc { get; private set; }

    public bool IsStale(bool write) => DateTime.UtcNow >= ExpiresUtc || (write ? Writers.Count == 0 : Readers.Count == 0);

    public void Invalidate() => ExpiresUtc = DateTime.MinValue;

    public string Pick(bool write)
    {
        var list = write ? Writers : Readers;
        return list[(int)((uint)Interlocked.Increment(ref _next) % (uint)list.Count)];
    }

    public static RoutingTable Parse(IReadOnlyDictionary<string, object?> metadata)
    {
        var rt = metadata.GetValueOrDefault("rt") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
        var ttl = rt.GetValueOrDefault("ttl") as long? ?? 300;
        var roles = new Dictionary<string, List<string>> { ["ROUTE"] = [], ["READ"] = [], ["WRITE"] = [] };
        if (rt.GetValueOrDefault("servers") is IReadOnlyList<object?> servers)
        {
            foreach (var server in servers.OfType<IReadOnlyDictionary<string, object?>>())
            {
                if (server.GetValueOrDefault("role") is string role && roles.TryGetValue(role, out var list)
                    && server.GetValueOrDefault("addresses") is IReadOnlyList<object?> addresses)
                {
                    list.AddRange(addresses.OfType<string>());
                }
            }
        }
        return new RoutingTable(roles["ROUTE"], roles["READ"], roles["WRITE"], rt.GetValueOrDefault("db") as string,
            DateTime.UtcNow.AddSeconds(Math.Clamp(ttl, 1, 86_400)));
    }
}
