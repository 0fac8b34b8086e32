using System.Diagnostics;
using Graph.Core;

namespace Graph.Engine.Execution;

/// <summary>
/// Streams one statement's records. Read queries pull rows lazily from the plan (nothing is buffered);
/// updating queries ran to completion before the cursor was made, so their rows (or their error) are
/// replayed from memory. <see cref="Buffer"/> drains the rest into memory when the transaction runs its
/// next statement, as Neo4j drivers do. Not thread-safe.
/// </summary>
internal sealed class ResultCursor : IResultCursor
{
    private readonly IEnumerator<object?[]> _source;
    private readonly int[] _slots;
    private readonly Func<Exception, Exception> _translate;
    private readonly Func<TimeSpan, TimeSpan, ResultSummary> _summarize;
    private readonly Action<bool> _completed;
    private readonly Stopwatch _clock;
    private readonly TimeSpan _availableAfter;
    private Exception? _pendingError;
    private bool _sourceDone;
    private List<Record>? _buffer;
    private int _bufferIndex;
    private Record? _current;
    private ResultSummary? _summary;

    public ResultCursor(IReadOnlyList<string> keys, int[] slots, IEnumerator<object?[]> source, Exception? pendingError,
        Func<Exception, Exception> translate, Func<TimeSpan, TimeSpan, ResultSummary> summarize, Action<bool> completed,
        Stopwatch clock)
    {
        Keys = keys;
        _slots = slots;
        _source = source;
        _pendingError = pendingError;
        _translate = translate;
        _summarize = summarize;
        _completed = completed;
        _clock = clock;
        _availableAfter = clock.Elapsed;
    }

    public IReadOnlyList<string> Keys { get; }

    public Record Current => _current ?? throw new InvalidOperationException("Call FetchAsync first.");

    public ValueTask<bool> FetchAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Fetch());
    }

    public async Task<ResultSummary> ConsumeAsync(CancellationToken cancellationToken = default)
    {
        while (await FetchAsync(cancellationToken).ConfigureAwait(false))
        {
        }
        return _summary!;
    }

    public async IAsyncEnumerator<Record> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        while (await FetchAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return _current!;
        }
    }

    public ValueTask DisposeAsync()
    {
        if (!_sourceDone)
        {
            Complete(success: _pendingError is null);
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>Reads what is left into memory so the transaction may run another statement.</summary>
    public void Buffer()
    {
        if (_sourceDone || _buffer is not null)
        {
            return;
        }
        var buffer = new List<Record>();
        try
        {
            while (Pull() is { } record)
            {
                buffer.Add(record);
            }
        }
        catch (GraphException error)
        {
            _pendingError = error;
        }
        _buffer = buffer;
    }

    private bool Fetch()
    {
        if (_buffer is not null)
        {
            if (_bufferIndex < _buffer.Count)
            {
                _current = _buffer[_bufferIndex++];
                return true;
            }
            ThrowPending();
            return false;
        }
        if (_sourceDone)
        {
            return false;
        }
        if (_pendingError is not null)
        {
            Complete(success: false);
            ThrowPending();
        }
        var next = Pull();
        if (next is null)
        {
            return false;
        }
        _current = next;
        return true;
    }

    private void ThrowPending()
    {
        if (_pendingError is { } error)
        {
            _pendingError = null;
            throw error;
        }
    }

    private Record? Pull()
    {
        if (_sourceDone)
        {
            return null;
        }
        bool moved;
        try
        {
            moved = _source.MoveNext();
        }
        catch (Exception error)
        {
            Complete(success: false);
            throw _translate(error);
        }
        if (!moved)
        {
            Complete(success: true);
            return null;
        }
        var row = _source.Current;
        var values = new object?[_slots.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = row[_slots[i]];
        }
        return new Record(Keys, values);
    }

    private void Complete(bool success)
    {
        _sourceDone = true;
        try
        {
            _source.Dispose();
        }
        finally
        {
            _summary = _summarize(_availableAfter, _clock.Elapsed - _availableAfter);
            _completed(success);
        }
    }
}
