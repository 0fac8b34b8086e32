using Graph.Core;
using Graph.Engine;
using Graph.Explorer.Import;
using Graph.Explorer.Tests.Dataset;

namespace Graph.Explorer.Tests.Import;

/// <summary>The loader against the embedded engine, through the port only.</summary>
public sealed class SeedLoaderTests
{
    [Fact]
    public async Task LoadAsync_Seed_CreatesEveryNodeAndRelationshipOfTheCsv()
    {
        await using var database = new EmbeddedDatabase();
        var report = await SeedLoader.LoadAsync(database, SeedPaths.CypherDirectory, null, CancellationToken.None);

        var nodeRows = SeedFiles.Nodes.Count();
        var relationshipRows = SeedFiles.Relationships.Count();
        Assert.Equal((nodeRows, relationshipRows), (report.NodeRows, report.RelationshipRows));
        Assert.Equal((nodeRows, relationshipRows), (report.NodesCreated, report.RelationshipsCreated));
        Assert.Equal((nodeRows, relationshipRows), await CountAsync(database));
    }

    [Fact]
    public async Task LoadAsync_Twice_LeavesTheSameCounts()
    {
        await using var database = new EmbeddedDatabase();
        await SeedLoader.LoadAsync(database, SeedPaths.CypherDirectory, null, CancellationToken.None);
        var first = await CountAsync(database);
        var second = await SeedLoader.LoadAsync(database, SeedPaths.CypherDirectory, 7, null, CancellationToken.None);

        Assert.Equal(first, await CountAsync(database));
        Assert.Equal((0, 0), (second.NodesCreated, second.RelationshipsCreated));
    }

    [Fact]
    public async Task LoadAsync_Seed_StoresTypedPropertiesAndLabels()
    {
        await using var database = new EmbeddedDatabase();
        await SeedLoader.LoadAsync(database, SeedPaths.CypherDirectory, null, CancellationToken.None);
        await using var session = database.Session(new Graph.Core.SessionOptions { AccessMode = AccessMode.Read });
        var cursor = await session.RunAsync(
            "MATCH (p:Person {name: '蒋孟良'})-[r:STUDIED_AT]->(s:School) WHERE r.since = 2015 " +
            "RETURN labels(p) AS labels, s.name AS school, r.since AS since, p.aliases AS aliases");
        Assert.True(await cursor.FetchAsync());
        Assert.Equal("上海市城市建设学校", cursor.Current["school"]);
        Assert.Equal(2015L, cursor.Current["since"]);
        Assert.Contains("Entity", (IEnumerable<object?>)cursor.Current["labels"]!);
        Assert.Empty((IEnumerable<object?>)cursor.Current["aliases"]!);
    }

    [Fact]
    public async Task LoadAsync_ReportsProgressUpToTheTotal()
    {
        await using var database = new EmbeddedDatabase();
        var reports = new List<LoadProgress>();
        await SeedLoader.LoadAsync(database, SeedPaths.CypherDirectory, 50, new SynchronousProgress(reports.Add), CancellationToken.None);

        var last = reports[^1];
        Assert.Equal(LoadStage.Done, last.Stage);
        Assert.Equal(last.Total, last.Done);
        Assert.Contains(reports, p => p.Stage == LoadStage.Nodes && p.File == "nodes-schools.csv");
        Assert.Contains(reports, p => p.Stage == LoadStage.Relationships);
        var done = reports.Select(p => p.Done).ToList();
        Assert.Equal(done.Order(), done);
    }

    [Fact]
    public async Task LoadAsync_Cancelled_Throws()
    {
        await using var database = new EmbeddedDatabase();
        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Stage == LoadStage.Nodes)
            {
                cancellation.Cancel();
            }
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            SeedLoader.LoadAsync(database, SeedPaths.CypherDirectory, 10, progress, cancellation.Token));
    }

    [Fact]
    public async Task LoadAsync_BadCsv_FailsBeforeWritingAnything()
    {
        var directory = Directory.CreateTempSubdirectory("shanhai-seed-");
        try
        {
            Directory.CreateDirectory(Path.Combine(directory.FullName, "import"));
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "import", "nodes.csv"), "key:ID,:LABEL,year:int\na,School,2023\nb,School,later\n");
            await using var database = new EmbeddedDatabase();
            var error = await Assert.ThrowsAsync<CsvImportException>(() =>
                SeedLoader.LoadAsync(database, directory.FullName, null, CancellationToken.None));
            Assert.Equal(("nodes.csv", 3, 3), (error.File, error.Line, error.Column));
            Assert.Equal((0, 0), await CountAsync(database));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task<(int Nodes, int Relationships)> CountAsync(IGraphDatabase database)
    {
        await using var session = database.Session(new Graph.Core.SessionOptions { AccessMode = AccessMode.Read });
        var nodes = await session.RunAsync("MATCH (n) RETURN count(n) AS c");
        Assert.True(await nodes.FetchAsync());
        var nodeCount = (long)nodes.Current[0]!;
        await nodes.ConsumeAsync();
        var relationships = await session.RunAsync("MATCH ()-[r]->() RETURN count(r) AS c");
        Assert.True(await relationships.FetchAsync());
        return ((int)nodeCount, (int)(long)relationships.Current[0]!);
    }

    private sealed class SynchronousProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
