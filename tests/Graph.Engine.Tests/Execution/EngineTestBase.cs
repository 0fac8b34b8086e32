using Graph.Core;
using Record = Graph.Core.Record;

namespace Graph.Engine.Tests.Execution;

/// <summary>Runs queries against a fresh embedded database through the port, as every client does.</summary>
public abstract class EngineTestBase : IAsyncDisposable
{
    protected EmbeddedDatabase Database { get; } = new();

    protected async Task<List<Record>> RunAsync(string query, object? parameters = null, AccessMode mode = AccessMode.Write)
    {
        await using var session = Database.Session(new SessionOptions { AccessMode = mode });
        var cursor = await session.RunAsync(query, Parameters(parameters));
        var records = new List<Record>();
        await foreach (var record in cursor)
        {
            records.Add(record);
        }
        return records;
    }

    protected async Task<ResultSummary> ExecuteAsync(string query, object? parameters = null)
    {
        await using var session = Database.Session();
        var cursor = await session.RunAsync(query, Parameters(parameters));
        return await cursor.ConsumeAsync();
    }

    protected async Task<object?> ScalarAsync(string query, object? parameters = null)
    {
        var records = await RunAsync(query, parameters);
        return Assert.Single(records)[0];
    }

    protected async Task<GraphException> FailsAsync(string query, object? parameters = null, AccessMode mode = AccessMode.Write)
    {
        return await Assert.ThrowsAsync<GraphException>(() => RunAsync(query, parameters, mode));
    }

    protected static IReadOnlyDictionary<string, object?>? Parameters(object? parameters) => parameters switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> map => map,
        _ => parameters.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(parameters)),
    };

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return Database.DisposeAsync();
    }
}
