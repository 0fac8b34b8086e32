using Graph.Core;
using Record = Graph.Core.Record;
using Graph.Engine;
using Graph.Explorer.Import;
using Graph.Explorer.Queries;
using Graph.Explorer.Tests.Dataset;

namespace Graph.Explorer.Tests.Queries;

/// <summary>The seed graph loaded once into an embedded database, shared by the saved-query tests (read-only).</summary>
public sealed class SeedDatabaseFixture : IAsyncLifetime
{
    private readonly EmbeddedDatabase _database = new();

    public IReadOnlyList<SavedQuery> Catalog { get; } = SavedQueryCatalog.Load(SeedPaths.QueriesDirectory);

    public async Task InitializeAsync() =>
        await SeedLoader.LoadAsync(_database, SeedPaths.CypherDirectory, null, CancellationToken.None);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public SavedQuery Query(string name) => Catalog.Single(q => q.Name == name);

    /// <summary>Runs a saved query with its defaults, overridden by <paramref name="parameters"/>, in a read session.</summary>
    public async Task<IReadOnlyList<Record>> RunAsync(string name, params (string Name, object? Value)[] parameters)
    {
        var query = Query(name);
        var values = new Dictionary<string, object?>(query.DefaultParameters, StringComparer.Ordinal);
        foreach (var (key, value) in parameters)
        {
            values[key] = value;
        }
        await using var session = _database.Session(new Graph.Core.SessionOptions { AccessMode = AccessMode.Read });
        var cursor = await session.RunAsync(query.Text, values);
        var records = new List<Record>();
        await foreach (var record in cursor)
        {
            records.Add(record);
        }
        return records;
    }
}
