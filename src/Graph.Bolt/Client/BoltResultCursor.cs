using System.Diagnostics;
using Graph.Bolt.Messages;
using Graph.Core;
using Record = Graph.Core.Record;

namespace Graph.Bolt.Client;

/// <summary>
/// A result read straight off the connection: each FetchAsync decodes the next RECORD, and a further PULL
/// goes out only when the previous batch is used up (bolt.md §4.4). <see cref="BufferAllAsync"/> parks
/// the rest in memory when the transaction needs the connection for another query. Not thread-safe.
/// </summary>
internal sealed class BoltResultCursor : IResultCursor
{
    private readonly BoltConnection _connection;
    private readonly string _query;
    private readonly long _qid;
    private readonly long _fetchSize;
    private readonly Func<IReadOnlyDictionary<string, object?>?, ValueTask> _onDone;
    private readonly TimeSpan _availableAfter;
    private readonly long _started = Stopwatch.GetTimestamp();
    private Queue<object?[]>? _buffered;
    private bool _pullPending = true;
    private bool _hasMore;
    private bool _done;
    private Record? _current;
    private IReadOnlyDictionary<string, object?>? _summary;

    public BoltResultCursor(BoltConnection connection, string query, BoltResponse run, long fetchSize,
        Func<IReadOnlyDictionary<string, object?>?, ValueTask> onDone)
    {
        _connection = connection;
        _query = query;
        _fetchSize = fetchSize;
        _onDone = onDone;
        Keys = (run.Metadata.GetValueOrDefault("fields") as IReadOnlyList<object?>)?.Cast<string>().ToList() ?? [];
        _qid = run.Metadata.GetValueOrDefault("qid") as long? ?? -1;
        _availableAfter = TimeSpan.FromMilliseconds(run.Metadata.GetValueOrDefault("t_first") as long? ?? 0);
    }

    public IReadOnlyList<string> Keys { get; }

    public Record Current => _current ?? throw new InvalidOperationException("Call FetchAsync first.");

    public bool IsDone => _done;

    public async ValueTask<bool> FetchAsync(CancellationToken cancellationToken = default)
    {
        if (_buffered is not null && _buffered.TryDequeue(out var row))
        {
            _current = new Record(Keys, row);
            return true;
        }
        if (_done)
        {
            return false;
        }
        var values = await NextRowAsync(cancellationToken).ConfigureAwait(false);
        if (values is null)
        {
            return false;
        }
        _current = new Record(Keys, values);
        return true;
    }

    /// <summary>Reads up to the next RECORD, sending PULLs as needed; null at the end of the result.</summary>
    private async ValueTask<object?[]?> NextRowAsync(CancellationToken ct)
    {
        while (true)
        {
            if (!_pullPending)
            {
                if (!_hasMore)
                {
                    await FinishAsync(ct).ConfigureAwait(false);
                    return null;
                }
                MessageEncoder.Pull(_connection.Writer, MessageSignature.Pull, _fetchSize, _qid);
                _connection.Sent();
                await _connection.FlushAsync(ct).ConfigureAwait(false);
                _pullPending = true;
            }
            var response = await ReceiveAsync(ct).ConfigureAwait(false);
            if (response.IsRecord)
            {
                return [.. response.Fields];
            }
        }
    }

    private async ValueTask<BoltResponse> ReceiveAsync(CancellationToken ct)
    {
        var response = await _connection.ReceiveAsync(ct).ConfigureAwait(false);
        if (response.IsRecord)
        {
            return response;
        }
        _pullPending = false;
        if (response.IsFailure)
        {
            var error = await _connection.FailAsync(response, ct).ConfigureAwait(false);
            _done = true;
            await _onDone(null).ConfigureAwait(false);
            throw error;
        }
        if (response.IsIgnored)
        {
            _done = true;
            await _onDone(null).ConfigureAwait(false);
            throw new GraphException(StatusCodes.RequestInvalid, "The server ignored the request.");
        }
        _hasMore = response.Metadata.GetValueOrDefault("has_more") is true;
        if (!_hasMore)
        {
            _summary = response.Metadata;
        }
        return response;
    }

    private async ValueTask FinishAsync(CancellationToken ct)
    {
        if (!_done)
        {
            _done = true;
            await _onDone(_summary).ConfigureAwait(false);
        }
    }

    /// <summary>Reads the remaining records into memory, freeing the connection for the next request.</summary>
    public async Task BufferAllAsync(CancellationToken ct)
    {
        var rest = new Queue<object?[]>(_buffered ?? new Queue<object?[]>());
        while (!_done)
        {
            var row = await NextRowAsync(ct).ConfigureAwait(false);
            if (row is null) break;
            rest.Enqueue(row);
        }
        _buffered = rest;
    }

    public async Task<ResultSummary> ConsumeAsync(CancellationToken cancellationToken = default)
    {
        _buffered = null;
        while (!_done && _pullPending)
        {
            await ReceiveAsync(cancellationToken).ConfigureAwait(false);
        }
        if (!_done && _hasMore)
        {
            MessageEncoder.Pull(_connection.Writer, MessageSignature.Discard, -1, _qid);
            _connection.Sent();
            await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            _pullPending = true;
            while (_pullPending)
            {
                await ReceiveAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        await FinishAsync(cancellationToken).ConfigureAwait(false);
        return BuildSummary();
    }

    private ResultSummary BuildSummary()
    {
        var metadata = _summary ?? new Dictionary<string, object?>();
        return new ResultSummary
        {
            Query = _query,
            QueryType = (metadata.GetValueOrDefault("type") as string) switch
            {
                "w" => QueryType.WriteOnly,
                "rw" => QueryType.ReadWrite,
                "s" => QueryType.SchemaWrite,
                _ => QueryType.ReadOnly,
            },
            Counters = ToCounters(metadata.GetValueOrDefault("stats") as IReadOnlyDictionary<string, object?>),
            ResultAvailableAfter = _availableAfter,
            ResultConsumedAfter = TimeSpan.FromMilliseconds(metadata.GetValueOrDefault("t_last") as long?
                ?? (long)Stopwatch.GetElapsedTime(_started).TotalMilliseconds),
            Bookmark = metadata.GetValueOrDefault("bookmark") as string,
            Database = metadata.GetValueOrDefault("db") as string,
        };
    }

    private static Counters ToCounters(IReadOnlyDictionary<string, object?>? stats)
    {
        int Get(string key) => (int)(stats?.GetValueOrDefault(key) as long? ?? 0);
        return new Counters
        {
            NodesCreated = Get("nodes-created"),
            NodesDeleted = Get("nodes-deleted"),
            RelationshipsCreated = Get("relationships-created"),
            RelationshipsDeleted = Get("relationships-deleted"),
            PropertiesSet = Get("properties-set"),
            LabelsAdded = Get("labels-added"),
            LabelsRemoved = Get("labels-removed"),
            IndexesAdded = Get("indexes-added"),
            IndexesRemoved = Get("indexes-removed"),
            ConstraintsAdded = Get("constraints-added"),
            ConstraintsRemoved = Get("constraints-removed"),
            SystemUpdates = Get("system-updates"),
        };
    }

    public async IAsyncEnumerator<Record> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        while (await FetchAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return Current;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_done)
        {
            try
            {
                await ConsumeAsync().ConfigureAwait(false);
            }
            catch (GraphException)
            {
                // the error belongs to whoever reads the result; disposing only frees the connection
            }
        }
    }
}
