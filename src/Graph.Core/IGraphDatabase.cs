namespace Graph.Core;

/// <summary>
/// The one engine port (DESIGN.md): everything above it (explorer, loader, CLI, Bolt server) talks to a
/// graph only through this interface, so it behaves the same on the embedded engine and on a remote Neo4j.
/// Modelled on the official Neo4j driver's IDriver. Thread-safe: sessions may be opened concurrently.
/// </summary>
public interface IGraphDatabase : IAsyncDisposable
{
    /// <summary>Opens a session. Sessions are cheap, not thread-safe, and must be disposed.</summary>
    ISession Session(SessionOptions? options = null);

    /// <summary>Checks connectivity and describes the server (agent string, protocol, address).</summary>
    Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default);
}
