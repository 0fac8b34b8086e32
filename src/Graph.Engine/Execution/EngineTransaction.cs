using System.Diagnostics;
using Graph.Core;
using Graph.Core.Values;
using Graph.Engine.Functions;
using Graph.Engine.Planning;
using Graph.Storage.Store;

namespace Graph.Engine.Execution;

/// <summary>
/// One transaction of the embedded engine, behind both auto-commit queries and explicit transactions.
/// Reads stream from the store transaction's snapshot; an updating statement takes the writer lock, runs to
/// completion under a savepoint and rolls back to it on failure (statement atomicity), after which the
/// transaction is marked failed as in Neo4j. Timeouts cancel the statement with TransactionTimedOut.
/// Not thread-safe: one statement at a time.
/// </summary>
internal sealed class EngineTransaction
{
    private readonly QueryEngine _engine;
    private readonly StoreTransaction _store;
    private readonly AccessMode _mode;
    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;
    private readonly CancellationTokenSource? _timeout;
    private readonly TimeSpan? _timeoutValue;
    private ResultCursor? _open;

    public EngineTransaction(QueryEngine engine, StoreTransaction store, AccessMode mode, TimeSpan? timeout)
    {
        _engine = engine;
        _store = store;
        _mode = mode;
        _timeoutValue = timeout;
        if (timeout is { } limit && limit > TimeSpan.Zero)
        {
            _timeout = new CancellationTokenSource(limit);
        }
    }

    public bool Failed { get; private set; }

    /// <summary>Auto-commit: an updating statement commits as soon as it has run, releasing the writer lock.</summary>
    public bool AutoCommit { get; init; }

    public bool IsOpen => !_store.IsFinished;

    public bool HasWritten { get; private set; }

    public long CommittedVersion { get; private set; }

    /// <summary>Compiles and starts a statement. Compile errors throw here; run-time errors surface from the cursor.</summary>
    public async Task<ResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters,
        Action<bool, CompiledQuery>? completed, CancellationToken cancellationToken)
    {
        EnsureUsable();
        _open?.Buffer();
        var clock = Stopwatch.StartNew();
        CompiledQuery compiled;
        try
        {
            compiled = _engine.Compile(query);
        }
        catch (GraphException)
        {
            Failed = true;
            throw;
        }
        var normalized = NormalizeParameters(parameters);
        var missing = compiled.Parameters.Where(p => !normalized.ContainsKey(p)).ToList();
        if (missing.Count > 0)
        {
            Failed = true;
            throw new GraphException(StatusCodes.ParameterMissing, $"Expected parameter(s): {string.Join(", ", missing)}", "MissingParameter");
        }
        if (compiled.IsUpdating && _mode == AccessMode.Read)
        {
            Failed = true;
            throw new GraphException(StatusCodes.AccessMode,
                "Writing in read access mode not allowed. Attempted write to internal graph 0 (neo4j)");
        }
        var token = Token(cancellationToken);
        if (compiled.IsUpdating)
        {
            try
            {
                await _store.BeginWriteAsync(token).ConfigureAwait(false);
            }
            catch (OperationCanceledException error)
            {
                Failed = true;
                throw Translate(error);
            }
            HasWritten = true;
        }
        var context = new QueryContext(_store, normalized,
            new FunctionContext(DateTimeOffset.UtcNow, _started), _engine.Procedures, compiled.SlotCount, token);
        var summary = (TimeSpan available, TimeSpan consumed) => new ResultSummary
        {
            Query = query,
            QueryType = compiled.QueryType,
            Counters = context.Counters.ToCounters(),
            ResultAvailableAfter = available,
            ResultConsumedAfter = consumed,
            Database = "neo4j",
        };
        IEnumerator<object?[]> rows;
        Exception? pending = null;
        if (compiled.IsUpdating)
        {
            (rows, pending) = RunToCompletion(compiled, context);
        }
        else
        {
            rows = compiled.Execute(context).GetEnumerator();
        }
        var cursor = new ResultCursor(compiled.Columns, compiled.ColumnSlots, rows, pending, Translate, summary,
            success =>
            {
                if (!success)
                {
                    Failed = true;
                }
                completed?.Invoke(success, compiled);
            }, clock);
        _open = cursor;
        return cursor;
    }

    /// <summary>Runs an updating statement to the end under a savepoint, so a failure leaves no trace.</summary>
    private (IEnumerator<object?[]> Rows, Exception? Error) RunToCompletion(CompiledQuery compiled, QueryContext context)
    {
        var savepoint = _store.Save();
        try
        {
            var rows = compiled.Execute(context).ToList();
            foreach (var row in rows)
            {
                foreach (var slot in compiled.ColumnSlots)
                {
                    row[slot] = context.Refresh(row[slot]);
                }
            }
            if (AutoCommit)
            {
                Commit();
            }
            return (rows.GetEnumerator(), null);
        }
        catch (Exception error)
        {
            if (_store.IsFinished)
            {
                return (Enumerable.Empty<object?[]>().GetEnumerator(), Translate(error));
            }
            _store.RollbackTo(savepoint);
            return (Enumerable.Empty<object?[]>().GetEnumerator(), Translate(error));
        }
    }

    public void Commit()
    {
        EnsureUsable();
        _open?.Buffer();
        if (Failed)
        {
            Rollback();
            throw new GraphException(StatusCodes.TransactionMarkedAsFailed,
                "Transaction has been marked as failed and cannot be committed; roll it back.");
        }
        var writing = _store.IsWriting;
        try
        {
            _store.Commit();
        }
        finally
        {
            _timeout?.Dispose();
        }
        if (writing)
        {
            CommittedVersion = _store.State.Version + 1;
        }
    }

    public void Rollback()
    {
        _store.Rollback();
        _timeout?.Dispose();
    }

    private void EnsureUsable()
    {
        if (!IsOpen)
        {
            throw new GraphException(StatusCodes.TransactionNotFound, "The transaction has been closed.");
        }
        if (_timeout?.IsCancellationRequested == true)
        {
            Failed = true;
            throw TimedOut();
        }
    }

    private CancellationToken Token(CancellationToken caller) =>
        _timeout is null ? caller : CancellationTokenSource.CreateLinkedTokenSource(caller, _timeout.Token).Token;

    private Exception Translate(Exception error) => error switch
    {
        OperationCanceledException when _timeout?.IsCancellationRequested == true => TimedOut(),
        GraphException or OperationCanceledException => error,
        _ => new GraphException(StatusCodes.UnknownError, $"Internal error: {error.Message}", innerException: error),
    };

    private GraphException TimedOut() => new(StatusCodes.TransactionTimedOut,
        $"The transaction has been terminated. Retry your operation in a new transaction, and you should see a successful result. The transaction has not completed within the specified timeout ({_timeoutValue?.TotalMilliseconds:0} ms). You may want to retry with a longer timeout.");

    private static IReadOnlyDictionary<string, object?> NormalizeParameters(IReadOnlyDictionary<string, object?>? parameters)
    {
        if (parameters is null || parameters.Count == 0)
        {
            return new Dictionary<string, object?>();
        }
        return CypherValue.NormalizeMap(parameters);
    }
}
