namespace Graph.Bolt.Client;

/// <summary>Settings of a <see cref="BoltDatabase"/>. Credentials in the URI (user:pass@host) win over these.</summary>
public sealed record BoltClientOptions
{
    public string? User { get; init; }

    public string? Password { get; init; }

    /// <summary>Sent as user_agent and as bolt_agent.product (required by Neo4j 5.3+).</summary>
    public string UserAgent { get; init; } = "ShanhaiGraph/0.1";

    public int MaxConnectionPoolSize { get; init; } = 100;

    public TimeSpan ConnectionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait for a free pooled connection before failing.</summary>
    public TimeSpan ConnectionAcquisitionTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Records requested per PULL unless the session says otherwise.</summary>
    public long FetchSize { get; init; } = 1000;
}
