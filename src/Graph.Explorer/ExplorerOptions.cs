namespace Graph.Explorer;

/// <summary>
/// The explorer's settings (section "Shanhai" of appsettings.json, environment variables Shanhai__*, and the
/// CLI options, which are applied last). Bound once at start-up; read-only afterwards.
/// </summary>
public sealed class ExplorerOptions
{
    public const string Section = "Shanhai";

    /// <summary>embedded:&lt;data dir&gt; (the in-process engine) or bolt://, bolt+s://, neo4j://, neo4j+s://.</summary>
    public string Graph { get; set; } = "embedded:data";

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The cypher/ folder (schema, import CSV, saved queries); null means discover it.</summary>
    public string? CypherDirectory { get; set; }

    /// <summary>Every explorer query runs in a transaction with this timeout (Neo4j TransactionTimedOut past it).</summary>
    public int QueryTimeoutSeconds { get; set; } = 30;

    /// <summary>Upper bound on Search results, whatever the client asks for.</summary>
    public int MaxSearchResults { get; set; } = 100;

    /// <summary>Upper bound on neighbours returned by one Expand call.</summary>
    public int MaxExpandResults { get; set; } = 200;

    /// <summary>Loopback port of the Bolt server beside the web explorer (Neo4j's 7687); 0 turns it off.</summary>
    public int BoltPort { get; set; } = 7687;

    /// <summary>Serve only Bolt (no web explorer): `serve --bolt-only`.</summary>
    public bool BoltOnly { get; set; }

    /// <summary>Load cypher/ into an empty embedded graph before serving.</summary>
    public bool LoadSeedOnStart { get; set; } = true;

    public TimeSpan QueryTimeout => TimeSpan.FromSeconds(QueryTimeoutSeconds);

    public bool IsEmbedded => Graph.StartsWith(GraphDatabaseFactory.EmbeddedScheme, StringComparison.OrdinalIgnoreCase);
}
