namespace Graph.Core;

/// <param name="Agent">Server agent, e.g. "Neo4j/5.26.0" or "ShanhaiGraph/0.1".</param>
/// <param name="Address">Where the database is: "embedded:&lt;dir&gt;" or "host:port".</param>
/// <param name="ProtocolVersion">The Bolt version negotiated, or null for an embedded database.</param>
public sealed record ServerInfo(string Agent, string Address, string? ProtocolVersion);
