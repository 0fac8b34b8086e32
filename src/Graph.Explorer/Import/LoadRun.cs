using Graph.Core;

namespace Graph.Explorer.Import;

/// <summary>
/// The running state of one <see cref="SeedLoader"/> load: executes statements, sums their counters and
/// reports progress. Not thread-safe (one load runs its statements one after another).
/// </summary>
internal sealed class LoadRun(IProgress<LoadProgress>? progress, int total, CancellationToken cancellationToken)
{
    private int _done;
    private int _nodesCreated;
    private int _relationshipsCreated;
    private int _propertiesSet;
    private int _labelsAdded;
    private int _indexesAdded;
    private int _constraintsAdded;

    public int Total => total;

    public async Task ExecuteAsync(Graph.Core.ISession session, LoadStage stage, string? file, string text,
        IReadOnlyList<object?>? rows, int items)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var parameters = rows is null ? null : new Dictionary<string, object?> { ["rows"] = rows };
        var cursor = await session.RunAsync(text, parameters, cancellationToken).ConfigureAwait(false);
        try
        {
            if (rows is not null)
            {
                await ExpectCountAsync(cursor, rows.Count, file, text).ConfigureAwait(false);
            }
            var summary = await cursor.ConsumeAsync(cancellationToken).ConfigureAwait(false);
            Add(summary.Counters);
        }
        finally
        {
            await cursor.DisposeAsync().ConfigureAwait(false);
        }
        _done += items;
        progress?.Report(new LoadProgress(stage, file, _done, total));
    }

    public LoadReport Report(IReadOnlyList<string> files, int schemaStatements, int nodeRows, int relationshipRows, TimeSpan elapsed) => new()
    {
        Files = files,
        SchemaStatements = schemaStatements,
        NodeRows = nodeRows,
        RelationshipRows = relationshipRows,
        NodesCreated = _nodesCreated,
        RelationshipsCreated = _relationshipsCreated,
        PropertiesSet = _propertiesSet,
        LabelsAdded = _labelsAdded,
        IndexesAdded = _indexesAdded,
        ConstraintsAdded = _constraintsAdded,
        Elapsed = elapsed,
    };

    // Endpoints were validated against the CSV, so a short count means the database lost or never had a node.
    private async Task ExpectCountAsync(IResultCursor cursor, int expected, string? file, string text)
    {
        long? count = await cursor.FetchAsync(cancellationToken).ConfigureAwait(false) ? cursor.Current[0] as long? : null;
        if (count != expected)
        {
            throw new GraphException(Graph.Core.StatusCodes.ExecutionFailed,
                $"Loading {file} wrote {count?.ToString() ?? "no"} rows of a batch of {expected}; statement:\n{text}");
        }
    }

    private void Add(Counters counters)
    {
        _nodesCreated += counters.NodesCreated;
        _relationshipsCreated += counters.RelationshipsCreated;
        _propertiesSet += counters.PropertiesSet;
        _labelsAdded += counters.LabelsAdded;
        _indexesAdded += counters.IndexesAdded;
        _constraintsAdded += counters.ConstraintsAdded;
    }
}
