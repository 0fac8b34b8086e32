namespace Graph.Bolt.Server;

/// <summary>Configuration of the Bolt server (services.AddBolt). Read once per connection; not thread-safe to mutate.</summary>
public sealed class BoltServerOptions
{
    /// <summary>
    /// Agent string in the HELLO SUCCESS. Tools such as cypher-shell and Neo4j Browser parse a "Neo4j/x.y.z"
    /// prefix to pick features, so the default claims the 5.26 feature level this server implements.
    /// </summary>
    public string ServerAgent { get; set; } = "Neo4j/5.26.0";

    /// <summary>Explicit no-auth mode for local use: every auth token, including scheme "none", is accepted.</summary>
    public bool AuthenticationDisabled { get; set; }

    /// <summary>User name to password hash (<see cref="PasswordHasher"/> format).</summary>
    public Dictionary<string, string> Users { get; } = new(StringComparer.Ordinal);

    /// <summary>host:port put in ROUTE answers; null means the address the client says it dialled.</summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>The database name reported when the client names none.</summary>
    public string DefaultDatabase { get; set; } = "neo4j";

    public int RoutingTtlSeconds { get; set; } = 300;

    /// <summary>A message larger than this (after dechunking) is a protocol violation and closes the connection.</summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>A client that has not sent its 20-byte opening within this time is dropped.</summary>
    public TimeSpan HandshakeTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Buffered reply bytes after which a PULL flushes, so records stream instead of piling up.</summary>
    public int FlushThresholdBytes { get; set; } = 32 * 1024;

    public BoltServerOptions AddUser(string name, string password, int iterations = PasswordHasher.DefaultIterations)
    {
        Users[name] = PasswordHasher.Hash(password, iterations);
        return this;
    }
}
