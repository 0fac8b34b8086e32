namespace Graph.Core;

/// <summary>
/// A stream of records from one query, pulled on demand so large results are never buffered whole.
/// Enumerate it with <c>await foreach</c> or call <see cref="FetchAsync"/>/<see cref="Current"/>.
/// <see cref="ConsumeAsync"/> discards what is left and returns the summary. Not thread-safe.
/// </summary>
public interface IResultCursor : IAsyncEnumerable<Record>, IAsyncDisposable
{
    IReadOnlyList<string> Keys { get; }

    /// <summary>The record read by the last successful <see cref="FetchAsync"/>.</summary>
    Record Current { get; }

    /// <summary>Advances to the next record; false at the end. Run-time errors are thrown from here.</summary>
    ValueTask<bool> FetchAsync(CancellationToken cancellationToken = default);

    /// <summary>Discards remaining records and returns the summary (counters, timings, notifications).</summary>
    Task<ResultSummary> ConsumeAsync(CancellationToken cancellationToken = default);
}
