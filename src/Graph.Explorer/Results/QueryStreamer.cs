using System.Diagnostics;
using System.Runtime.CompilerServices;
using Graph.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Explorer.Results;

/// <summary>
/// Runs one query through the port and turns it into <see cref="QueryFrame"/>s as records arrive, so the hub
/// and the CLI stream the same thing. Every query gets its own session and a transaction timeout; errors
/// become an "error" frame (never an exception), so a client's connection stays usable. Cancelling the
/// enumeration disposes the cursor and session, which stops the query. Thread-safe (one session per call).
/// </summary>
public sealed class QueryStreamer(IGraphDatabase database, IOptions<ExplorerOptions> options, ILogger<QueryStreamer> logger)
{
    // The engine enforces TransactionConfig.Timeout itself; this grace period is the backstop for a database
    // that does not, after which the stream is cut and reported as timed out.
    private static readonly TimeSpan BackstopGrace = TimeSpan.FromSeconds(2);

    public async IAsyncEnumerable<QueryFrame> StreamAsync(string text, IReadOnlyDictionary<string, object?> parameters,
        AccessMode accessMode, long maxRows = long.MaxValue, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var timeout = options.Value.QueryTimeout;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout + BackstopGrace);
        await using var session = database.Session(new SessionOptions { AccessMode = accessMode });
        var config = new TransactionConfig { Timeout = timeout };

        var (cursor, runError) = await RunAsync(session, text, parameters, config, limit.Token, cancellationToken);
        if (cursor is null)
        {
            yield return QueryFrame.ForError(runError!);
            yield break;
        }
        await using (cursor)
        {
            yield return QueryFrame.ForKeys(cursor.Keys);
            long rows = 0;
            while (rows < maxRows)
            {
                var (hasRecord, fetchError) = await FetchAsync(cursor, text, limit.Token, cancellationToken);
                if (fetchError is not null)
                {
                    yield return QueryFrame.ForError(fetchError);
                    yield break;
                }
                if (!hasRecord)
                {
                    yield return QueryFrame.ForSummary(new QuerySummary(rows, stopwatch.Elapsed.TotalMilliseconds, false));
                    yield break;
                }
                rows++;
                yield return QueryFrame.ForRow(CypherJson.RowToJson(cursor.Current.Values));
            }
            yield return QueryFrame.ForSummary(new QuerySummary(rows, stopwatch.Elapsed.TotalMilliseconds, true));
        }
    }

    private async Task<(IResultCursor? Cursor, QueryError? Error)> RunAsync(ISession session, string text,
        IReadOnlyDictionary<string, object?> parameters, TransactionConfig config, CancellationToken limited,
        CancellationToken caller)
    {
        try
        {
            return (await session.RunAsync(text, parameters, config, limited), null);
        }
        catch (Exception error) when (ToQueryError(error, text, caller) is { } queryError)
        {
            return (null, queryError);
        }
    }

    private async Task<(bool HasRecord, QueryError? Error)> FetchAsync(IResultCursor cursor, string text,
        CancellationToken limited, CancellationToken caller)
    {
        try
        {
            return (await cursor.FetchAsync(limited), null);
        }
        catch (Exception error) when (ToQueryError(error, text, caller) is { } queryError)
        {
            return (false, queryError);
        }
    }

    // Null means "not ours to report": the caller cancelled, so the exception ends the stream.
    private QueryError? ToQueryError(Exception error, string text, CancellationToken caller)
    {
        switch (error)
        {
            case GraphException graphError:
                return QueryError.From(graphError, text);
            case OperationCanceledException when caller.IsCancellationRequested:
                return null;
            case OperationCanceledException:
                return QueryError.Of(StatusCodes.TransactionTimedOut,
                    $"The query did not finish within {options.Value.QueryTimeoutSeconds} s and was stopped.");
            default:
                logger.LogError(error, "Query failed unexpectedly: {Query}", text);
                return QueryError.Of(StatusCodes.UnknownError, error.Message);
        }
    }
}
