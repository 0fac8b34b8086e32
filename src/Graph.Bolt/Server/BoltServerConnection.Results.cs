using System.Diagnostics;
using Graph.Bolt.Messages;
using Graph.Core;

namespace Graph.Bolt.Server;

// RUN, PULL, DISCARD (bolt.md §4.3-4.4): records stream straight from the port's cursor, flushed every
// FlushThresholdBytes, so a PULL of a million rows never holds more than one buffer of them.
internal sealed partial class BoltServerConnection
{
    private readonly Dictionary<long, OpenResult> _results = [];
    private ISession? _session;
    private ITransaction? _transaction;
    private string? _requestedDatabase;
    private long _nextQid;
    private long _lastQid = -1;

    private async Task<bool> RunAutoCommitAsync(RunMessage run, CancellationToken ct)
    {
        _session = _database.Session(run.Extra.ToSessionOptions());
        _requestedDatabase = run.Extra.Database;
        var started = Stopwatch.GetTimestamp();
        try
        {
            var cursor = await _session.RunAsync(run.Query, run.Parameters, run.Extra.ToTransactionConfig(), ct).ConfigureAwait(false);
            _lastQid = 0;
            _results[0] = new OpenResult(cursor, run.Query);
            var metadata = RunMetadata(cursor, started);
            if (_version >= BoltVersion.V5_8 && run.Extra.Database is null)
            {
                metadata["db"] = _options.DefaultDatabase;
            }
            MessageEncoder.Success(_writer, metadata);
            _state = ServerState.Streaming;
            return true;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return await FailAsync(error, run.Query).ConfigureAwait(false);
        }
    }

    private async Task<bool> RunInTransactionAsync(RunMessage run, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var cursor = await _transaction!.RunAsync(run.Query, run.Parameters, ct).ConfigureAwait(false);
            var qid = _nextQid++;
            _lastQid = qid;
            _results[qid] = new OpenResult(cursor, run.Query);
            var metadata = RunMetadata(cursor, started);
            metadata["qid"] = qid;
            MessageEncoder.Success(_writer, metadata);
            _state = ServerState.TxStreaming;
            return true;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return await FailAsync(error, run.Query).ConfigureAwait(false);
        }
    }

    private static Dictionary<string, object?> RunMetadata(IResultCursor cursor, long started) => new()
    {
        ["fields"] = cursor.Keys,
        ["t_first"] = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds,
    };

    private async Task<bool> PullAsync(long qid, long n, bool discard, CancellationToken ct)
    {
        var key = qid == -1 ? _lastQid : qid;
        if (!_results.TryGetValue(key, out var result))
        {
            return await FailAsync(new GraphException(StatusCodes.RequestInvalid,
                $"There is no open result with qid {qid}."), null).ConfigureAwait(false);
        }
        try
        {
            var started = Stopwatch.GetTimestamp();
            if (!(discard && n == -1) && await StreamAsync(result.Cursor, n, discard, ct).ConfigureAwait(false))
            {
                MessageEncoder.Success(_writer, new Dictionary<string, object?> { ["has_more"] = true });
                return true;
            }
            var summary = await result.Cursor.ConsumeAsync(ct).ConfigureAwait(false);
            var metadata = SummaryMetadata(summary, Stopwatch.GetElapsedTime(started));
            await FinishResultAsync(key, result, metadata).ConfigureAwait(false);
            MessageEncoder.Success(_writer, metadata);
            return true;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return await FailAsync(error, result.Query).ConfigureAwait(false);
        }
    }

    /// <summary>Sends (or skips) up to n records; true when n were taken and more may remain.</summary>
    private async Task<bool> StreamAsync(IResultCursor cursor, long n, bool discard, CancellationToken ct)
    {
        for (long count = 0; n == -1 || count < n; count++)
        {
            if (!await cursor.FetchAsync(ct).ConfigureAwait(false))
            {
                return false;
            }
            if (!discard)
            {
                MessageEncoder.Record(_writer, cursor.Current.Values);
                if (_writer.PendingBytes >= _options.FlushThresholdBytes)
                {
                    await FlushAsync(ct).ConfigureAwait(false);
                }
            }
        }
        return true;
    }

    private async Task FinishResultAsync(long key, OpenResult result, Dictionary<string, object?> metadata)
    {
        _results.Remove(key);
        await result.Cursor.DisposeAsync().ConfigureAwait(false);
        if (_state == ServerState.Streaming)
        {
            // The end of an auto-commit result commits its transaction: hand its bookmark back.
            var bookmark = metadata.GetValueOrDefault("bookmark") as string ?? _session!.LastBookmarks.LastOrDefault();
            if (bookmark is not null)
            {
                metadata["bookmark"] = bookmark;
            }
            await _session!.DisposeAsync().ConfigureAwait(false);
            _session = null;
            _state = ServerState.Ready;
        }
        else
        {
            metadata.Remove("bookmark");
            _state = _results.Count == 0 ? ServerState.TxReady : ServerState.TxStreaming;
        }
    }

    private Dictionary<string, object?> SummaryMetadata(ResultSummary summary, TimeSpan elapsed)
    {
        var metadata = new Dictionary<string, object?>
        {
            ["type"] = summary.QueryType switch
            {
                QueryType.WriteOnly => "w",
                QueryType.ReadWrite => "rw",
                QueryType.SchemaWrite => "s",
                _ => "r",
            },
            ["t_last"] = (long)elapsed.TotalMilliseconds,
            ["db"] = summary.Database ?? _requestedDatabase ?? _options.DefaultDatabase,
        };
        if (summary.Bookmark is not null)
        {
            metadata["bookmark"] = summary.Bookmark;
        }
        var stats = SummaryStatistics.Build(summary.Counters);
        if (stats.Count > 0)
        {
            metadata["stats"] = stats;
        }
        if (summary.Notifications.Count > 0)
        {
            SummaryStatistics.AddNotifications(metadata, summary.Notifications, _version, summary.Query);
        }
        return metadata;
    }

    private sealed record OpenResult(IResultCursor Cursor, string Query);
}
