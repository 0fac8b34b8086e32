using System.Net;
using Graph.Bolt.Messages;
using Graph.Core;
using Microsoft.Extensions.Logging;

namespace Graph.Bolt.Server;

// BEGIN, COMMIT, ROLLBACK, RESET, ROUTE, TELEMETRY (bolt.md §4.5-4.8).
internal sealed partial class BoltServerConnection
{
    private async Task<bool> BeginAsync(BeginMessage begin, CancellationToken ct)
    {
        _session = _database.Session(begin.Extra.ToSessionOptions());
        _requestedDatabase = begin.Extra.Database;
        try
        {
            _transaction = await _session.BeginTransactionAsync(begin.Extra.ToTransactionConfig(), ct).ConfigureAwait(false);
            _nextQid = 0;
            _lastQid = -1;
            var metadata = new Dictionary<string, object?>();
            if (_version >= BoltVersion.V5_8 && begin.Extra.Database is null)
            {
                metadata["db"] = _options.DefaultDatabase;
            }
            MessageEncoder.Success(_writer, metadata);
            _state = ServerState.TxReady;
            return true;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return await FailAsync(error, null).ConfigureAwait(false);
        }
    }

    // Drivers consume or discard their results before COMMIT; results still open are discarded here.
    private async Task<bool> CommitAsync(CancellationToken ct)
    {
        try
        {
            await CloseResultsAsync().ConfigureAwait(false);
            await _transaction!.CommitAsync(ct).ConfigureAwait(false);
            var bookmark = _session!.LastBookmarks.LastOrDefault();
            await CloseWorkAsync().ConfigureAwait(false);
            var metadata = new Dictionary<string, object?>();
            if (bookmark is not null)
            {
                metadata["bookmark"] = bookmark;
            }
            MessageEncoder.Success(_writer, metadata);
            _state = ServerState.Ready;
            return true;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return await FailAsync(error, null).ConfigureAwait(false);
        }
    }

    private async Task<bool> RollbackAsync(CancellationToken ct)
    {
        try
        {
            await CloseResultsAsync().ConfigureAwait(false);
            await _transaction!.RollbackAsync(ct).ConfigureAwait(false);
            await CloseWorkAsync().ConfigureAwait(false);
            MessageEncoder.Success(_writer);
            _state = ServerState.Ready;
            return true;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return await FailAsync(error, null).ConfigureAwait(false);
        }
    }

    private async Task<bool> ResetAsync()
    {
        await CloseWorkAsync().ConfigureAwait(false);
        MessageEncoder.Success(_writer);
        if (_state is not (ServerState.Negotiation or ServerState.Authentication))
        {
            _state = ServerState.Ready;
        }
        return true;
    }

    private Task<bool> RouteAsync(RouteMessage route, CancellationToken ct)
    {
        var address = _options.AdvertisedAddress
            ?? route.Routing.GetValueOrDefault("address") as string
            ?? (_connection.LocalEndPoint as IPEndPoint)?.ToString()
            ?? "localhost:7687";
        var servers = new List<object?>();
        foreach (var role in new[] { "ROUTE", "READ", "WRITE" })
        {
            servers.Add(new Dictionary<string, object?> { ["addresses"] = new List<object?> { address }, ["role"] = role });
        }
        MessageEncoder.Success(_writer, new Dictionary<string, object?>
        {
            ["rt"] = new Dictionary<string, object?>
            {
                ["ttl"] = (long)_options.RoutingTtlSeconds,
                ["db"] = route.Database ?? _options.DefaultDatabase,
                ["servers"] = servers,
            },
        });
        return Task.FromResult(true);
    }

    private async Task<bool> TelemetryAsync(TelemetryMessage telemetry, CancellationToken ct)
    {
        if (telemetry.Api is < 0 or > 3)
        {
            return await FailAsync(new GraphException(StatusCodes.RequestInvalid,
                $"TELEMETRY api must be 0 to 3, not {telemetry.Api}."), null).ConfigureAwait(false);
        }
        MessageEncoder.Success(_writer);
        return true;
    }

    private async Task CloseResultsAsync()
    {
        foreach (var result in _results.Values)
        {
            await SafelyAsync(() => result.Cursor.DisposeAsync()).ConfigureAwait(false);
        }
        _results.Clear();
    }

    /// <summary>Drops open results, rolls back an open transaction (by disposing it) and ends the session.</summary>
    private async Task CloseWorkAsync()
    {
        await CloseResultsAsync().ConfigureAwait(false);
        if (_transaction is { } transaction)
        {
            _transaction = null;
            await SafelyAsync(() => transaction.DisposeAsync()).ConfigureAwait(false);
        }
        if (_session is { } session)
        {
            _session = null;
            await SafelyAsync(() => session.DisposeAsync()).ConfigureAwait(false);
        }
    }

    private async Task SafelyAsync(Func<ValueTask> dispose)
    {
        try
        {
            await dispose().ConfigureAwait(false);
        }
        catch (Exception error)
        {
            _logger.LogDebug(error, "{Connection}: error while closing work", _id);
        }
    }
}
