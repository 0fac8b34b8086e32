using Graph.Core;
using Graph.Core.Values;
using Record = Graph.Core.Record;

namespace Graph.Engine.Tests.Tck;

/// <summary>
/// A port implementation for the runner's own tests: each query text maps to a script (columns and rows, or
/// an error at compile time or while fetching, plus a change to the in-memory graph). The two graph-capture
/// queries the runner issues are answered from that graph. Not thread-safe; one per test.
/// </summary>
public sealed class ScriptedDatabase : IGraphDatabase
{
    /// <param name="Run">Called when the query starts; may change the graph and return a compile-time error to throw.</param>
    public sealed record Script(string[] Keys, object?[][] Rows, Func<ScriptedDatabase, Exception?>? Run = null,
        Exception? FetchError = null, bool Hang = false);

    private readonly Dictionary<string, Script> _scripts = new(StringComparer.Ordinal);

    public List<Node> Nodes { get; } = [];

    public List<Relationship> Relationships { get; } = [];

    public ScriptedDatabase On(string query, Script script)
    {
        _scripts[query] = script;
        return this;
    }

    public Node AddNode(string[] labels, Dictionary<string, object?>? properties = null)
    {
        var node = new Node(Nodes.Count + 1, $"n{Nodes.Count + 1}", labels, properties ?? []);
        Nodes.Add(node);
        return node;
    }

    public ISession Session(SessionOptions? options = null) => new ScriptedSession(this);

    public Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new ServerInfo("Scripted/1", "memory", null));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private IResultCursor Start(string query)
    {
        var script = query switch
        {
            "MATCH (n) RETURN n" => new Script(["n"], Nodes.Select(n => new object?[] { n }).ToArray()),
            "MATCH ()-[r]->() RETURN r" => new Script(["r"], Relationships.Select(r => new object?[] { r }).ToArray()),
            _ => _scripts.TryGetValue(query, out var found) ? found : throw new InvalidOperationException($"No script for '{query}'."),
        };
        if (script.Run?.Invoke(this) is { } error)
        {
            throw error;
        }
        return new ScriptedCursor(script);
    }

    private sealed class ScriptedSession(ScriptedDatabase database) : ISession
    {
        public AccessMode AccessMode => AccessMode.Write;

        public IReadOnlyList<string> LastBookmarks => [];

        public Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null,
            CancellationToken cancellationToken = default) => Task.FromResult(database.Start(query));

        public Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters,
            TransactionConfig? config, CancellationToken cancellationToken = default) => RunAsync(query, parameters, cancellationToken);

        public Task<ITransaction> BeginTransactionAsync(TransactionConfig? config = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<T> ExecuteReadAsync<T>(Func<IQueryRunner, Task<T>> work, TransactionConfig? config = null,
            CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<T> ExecuteWriteAsync<T>(Func<IQueryRunner, Task<T>> work, TransactionConfig? config = null,
            CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class ScriptedCursor(Script script) : IResultCursor
    {
        private int _next;
        private Record? _current;

        public IReadOnlyList<string> Keys => script.Keys;

        public Record Current => _current ?? throw new InvalidOperationException("No current record.");

        public async ValueTask<bool> FetchAsync(CancellationToken cancellationToken = default)
        {
            if (script.Hang)
            {
                // Never completes and ignores the token: the runner must give up on its own.
                await new TaskCompletionSource().Task;
            }
            if (_next == script.Rows.Length)
            {
                if (script.FetchError is { } error) throw error;
                return false;
            }
            _current = new Record(script.Keys, script.Rows[_next++]);
            return true;
        }

        public Task<ResultSummary> ConsumeAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult(new ResultSummary { Query = "" });

        public async IAsyncEnumerator<Record> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            while (await FetchAsync(cancellationToken)) yield return Current;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
