using Graph.Core;
using Graph.Explorer.Import;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Explorer.Hosting;

/// <summary>
/// Loads the seed graph (cypher/) through the dataset's <see cref="SeedLoader"/>: on start-up into an empty
/// embedded graph, or on demand for `shanhai load`. Remote databases are never seeded implicitly, because
/// they belong to their owners. Thread-safe as far as the loader is (it is idempotent).
/// </summary>
public sealed class SeedInitializer(IGraphDatabase database, IOptions<ExplorerOptions> options, ILogger<SeedInitializer> logger)
{
    /// <summary>Seeds an empty embedded graph when configured to; returns whether it loaded anything.</summary>
    public async Task<bool> EnsureSeededAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IsEmbedded || !options.Value.LoadSeedOnStart)
        {
            return false;
        }
        if (!await IsEmptyAsync(cancellationToken))
        {
            logger.LogInformation("The graph already has data; not loading the seed graph.");
            return false;
        }
        var lastLogged = DateTime.MinValue;
        var progress = new SynchronousProgress<LoadProgress>(p =>
        {
            if (DateTime.UtcNow - lastLogged > TimeSpan.FromSeconds(1))
            {
                lastLogged = DateTime.UtcNow;
                logger.LogInformation("Loading the seed graph: {Stage} {File} {Done}/{Total}", p.Stage, p.File, p.Done, p.Total);
            }
        });
        await LoadAsync(progress, cancellationToken);
        return true;
    }

    public async Task<LoadReport> LoadAsync(IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        var directory = ContentPaths.FindCypherDirectory(options.Value.CypherDirectory);
        logger.LogInformation("Loading the seed graph from {Directory}", directory);
        var report = await SeedLoader.LoadAsync(database, directory, progress, cancellationToken);
        logger.LogInformation("Seed graph loaded: {Report}", Describe(report));
        return report;
    }

    public static string Describe(LoadReport report) =>
        $"{report.NodeRows} node rows and {report.RelationshipRows} relationship rows from {report.Files.Count} files; "
        + $"{report.NodesCreated} nodes and {report.RelationshipsCreated} relationships created in {report.Elapsed.TotalSeconds:F1} s";

    private async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        await using var session = database.Session(new SessionOptions { AccessMode = AccessMode.Read });
        await using var cursor = await session.RunAsync("MATCH (n) RETURN n LIMIT 1", null, cancellationToken);
        return !await cursor.FetchAsync(cancellationToken);
    }
}
