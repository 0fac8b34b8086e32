using Graph.Core;
using Record = Graph.Core.Record;

namespace Graph.Bolt.Tests.Support;

/// <summary>Lazy cursor of <see cref="FakeGraphDatabase"/>; rows are produced only as they are fetched. Not thread-safe.</summary>
internal sealed class FakeCursor(string query, IReadOnlyList<string> keys, IAsyncEnumerable<object?[]> rows,
    Counters counters, Action? onComplete, CancellationToken runToken) : IResultCursor
{
    private IAsyncEnumerator<object?[]>? _rows;
    private Record? _current;
    private bool _completed;

    public IReadOnlyList<string> Keys => keys;

    public Record Current => _current ?? throw new InvalidOperationException("FetchAsync first.");

    public async ValueTask<bool> FetchAsync(CancellationToken cancellationToken = default)
    {
        _rows ??= rows.GetAsyncEnumerator(cancellationToken);
        if (await _rows.MoveNextAsync())
        {
            _current = new Record(keys, _rows.Current);
            return true;
        }
        Complete();
        return false;
    }

    public async Task<ResultSummary> ConsumeAsync(CancellationToken cancellationToken = default)
    {
        while (await FetchAsync(cancellationToken))
        {
        }
        return new ResultSummary
        {
            Query = query,
            Counters = counters,
            QueryType = counters.ContainsUpdates ? QueryType.WriteOnly : QueryType.ReadOnly,
        };
    }

    public async IAsyncEnumerator<Record> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        while (await FetchAsync(cancellationToken))
        {
            yield return Current;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_rows is not null)
        {
            await _rows.DisposeAsync();
        }
        _ = runToken;
    }

    private void Complete()
    {
        if (!_completed)
        {
            _completed = true;
            onComplete?.Invoke();
        }
    }
}
