using Graph.Bolt.Messages;
using Graph.Core;

namespace Graph.Bolt.Client;

/// <summary>
/// The engine port over Bolt: a Neo4j (or any Bolt 4.4/5.x server, ours included) behind IGraphDatabase.
/// bolt:// talks to one server; neo4j:// fetches a routing table with ROUTE, sends writes to WRITE and
/// reads to READ servers, and refreshes the table when it expires or a server fails. Thread-safe.
/// </summary>
public sealed class BoltDatabase : IGraphDatabase
{
    private readonly BoltEndpoint _endpoint;
    private readonly Dictionary<string, object?> _auth;
    private readonly ConnectionPool _pool;
    private readonly SemaphoreSlim _routingGate = new(1, 1);
    private RoutingTable? _routing;

    private BoltDatabase(BoltEndpoint endpoint, BoltClientOptions options)
    {
        _endpoint = endpoint;
        Options = options;
        var user = endpoint.User ?? options.User;
        _auth = user is null
            ? new Dictionary<string, object?> { ["scheme"] = "none" }
            : new Dictionary<string, object?>
            {
                ["scheme"] = "basic",
                ["principal"] = user,
                ["credentials"] = endpoint.Password ?? options.Password ?? "",
            };
        _pool = new ConnectionPool(options, (address, ct) => BoltConnection.OpenAsync(endpoint, address, options, _auth,
            endpoint.Routing ? endpoint.RoutingContext : null, ct));
    }

    public BoltClientOptions Options { get; }

    /// <summary>Creates the client; no connection is made until the first query or <see cref="GetServerInfoAsync"/>.</summary>
    public static BoltDatabase Connect(Uri uri, BoltClientOptions? options = null) =>
        new(BoltEndpoint.Parse(uri), options ?? new BoltClientOptions());

    public ISession Session(SessionOptions? options = null) => new BoltSession(this, options ?? new SessionOptions());

    public async Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default)
    {
        var (connection, _) = await AcquireAsync(AccessMode.Read, null, [], cancellationToken).ConfigureAwait(false);
        try
        {
            return new ServerInfo(connection.ServerAgent, connection.Address, connection.Version.ToString());
        }
        finally
        {
            await ReleaseAsync(connection).ConfigureAwait(false);
        }
    }

    /// <summary>A connection for the access mode, and the database to name in RUN/BEGIN (rt.db when routing).</summary>
    internal async Task<(BoltConnection Connection, string? Database)> AcquireAsync(AccessMode mode, string? database,
        IReadOnlyList<string> bookmarks, CancellationToken ct)
    {
        if (!_endpoint.Routing)
        {
            return (await _pool.AcquireAsync(_endpoint.Address, ct).ConfigureAwait(false), database);
        }
        var write = mode == AccessMode.Write;
        var table = await RoutingTableAsync(write, database, bookmarks, ct).ConfigureAwait(false);
        try
        {
            return (await _pool.AcquireAsync(table.Pick(write), ct).ConfigureAwait(false), database ?? table.Database);
        }
        catch (GraphException error) when (error.Code == StatusCodes.ServiceUnavailable)
        {
            table.Invalidate();
            throw;
        }
    }

    internal ValueTask ReleaseAsync(BoltConnection connection)
    {
        if (connection.IsBroken)
        {
            _routing?.Invalidate(); // a server went away: ask the routers again next time
        }
        return _pool.ReleaseAsync(connection);
    }

    private async Task<RoutingTable> RoutingTableAsync(bool write, string? database, IReadOnlyList<string> bookmarks,
        CancellationToken ct)
    {
        if (_routing is { } current && !current.IsStale(write))
        {
            return current;
        }
        await _routingGate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_routing is { } fresh && !fresh.IsStale(write))
            {
                return fresh;
            }
            var routers = (_routing?.Routers ?? []).Append(_endpoint.Address).Distinct().ToList();
            GraphException? last = null;
            foreach (var router in routers)
            {
                try
                {
                    _routing = await FetchRoutingTableAsync(router, database, bookmarks, ct).ConfigureAwait(false);
                    if (!_routing.IsStale(write))
                    {
                        return _routing;
                    }
                }
                catch (GraphException error) when (error.Code == StatusCodes.ServiceUnavailable)
                {
                    last = error;
                }
            }
            throw new GraphException(StatusCodes.ServiceUnavailable,
                $"No routing server at {string.Join(", ", routers)} offered a {(write ? "WRITE" : "READ")} server.",
                innerException: last);
        }
        finally
        {
            _routingGate.Release();
        }
    }

    private async Task<RoutingTable> FetchRoutingTableAsync(string router, string? database, IReadOnlyList<string> bookmarks,
        CancellationToken ct)
    {
        var connection = await _pool.AcquireAsync(router, ct).ConfigureAwait(false);
        try
        {
            var extra = new Dictionary<string, object?>();
            if (database is not null)
            {
                extra["db"] = database;
            }
            MessageEncoder.Route(connection.Writer, _endpoint.RoutingContext, bookmarks, extra);
            connection.Sent();
            await connection.FlushAsync(ct).ConfigureAwait(false);
            var success = await connection.ExpectSuccessAsync(ct).ConfigureAwait(false);
            return RoutingTable.Parse(success.Metadata);
        }
        finally
        {
            await _pool.ReleaseAsync(connection).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _pool.DisposeAsync().ConfigureAwait(false);
        _routingGate.Dispose();
    }
}
