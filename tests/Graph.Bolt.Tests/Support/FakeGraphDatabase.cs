using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Graph.Core;
using Graph.Core.Values;

namespace Graph.Bolt.Tests.Support;

/// <summary>
/// Test double of the port for the server tests while they must not depend on the engine. It understands
/// a handful of query shapes (below) and behaves like the engine on the points the Bolt server relies on:
/// lazy streaming cursors, AccessMode errors in read sessions, syntax errors with spans, bookmarks per
/// commit, writes visible only after commit. Thread-safe.
/// </summary>
internal sealed partial class FakeGraphDatabase : IGraphDatabase
{
    private readonly Lock _gate = new();
    private readonly List<long> _items = [];
    private long _commits;

    public int OpenSessions;

    public long ItemCount
    {
        get { lock (_gate) return _items.Count; }
    }

    public string LastBookmark => "FB:" + Interlocked.Read(ref _commits);

    public ISession Session(SessionOptions? options = null)
    {
        Interlocked.Increment(ref OpenSessions);
        return new FakeSession(this, options ?? new SessionOptions());
    }

    public Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new ServerInfo("Fake/1.0", "fake:", null));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    internal string Commit(List<long> writes)
    {
        lock (_gate)
        {
            _items.AddRange(writes);
            return "FB:" + ++_commits;
        }
    }

    internal (IReadOnlyList<string> Keys, IAsyncEnumerable<object?[]> Rows, Counters Counters) Compile(
        string query, IReadOnlyDictionary<string, object?> parameters, AccessMode mode, List<long> writes)
    {
        if (UnwindRange().Match(query) is { Success: true } unwind)
        {
            var count = long.Parse(unwind.Groups[1].Value, CultureInfo.InvariantCulture);
            return (["x"], Range(count), new Counters());
        }
        if (CreateItem().IsMatch(query))
        {
            if (mode == AccessMode.Read)
            {
                throw new GraphException(StatusCodes.AccessMode, "Writing in read access mode not allowed.");
            }
            writes.Add(parameters.GetValueOrDefault("id") as long? ?? 0);
            return ([], Rows(), new Counters { NodesCreated = 1, PropertiesSet = 1, LabelsAdded = 1 });
        }
        if (query == "MATCH (n:Item) RETURN count(n) AS c")
        {
            lock (_gate) return (["c"], Rows([(long)(_items.Count + writes.Count)]), new Counters());
        }
        if (query.StartsWith("CREATE p = (a:Person {name: 'Ann'})-[r:KNOWS {since: 2020}]->(b:Person {name: 'Bob'})",
                StringComparison.Ordinal))
        {
            return (["a", "r", "b", "p"], Rows(GraphRow()), new Counters { NodesCreated = 2, RelationshipsCreated = 1 });
        }
        if (query == "RETURN 1")
        {
            return (["1"], Rows([1L]), new Counters());
        }
        if (query.StartsWith("RETURN $", StringComparison.Ordinal) && ReturnParameters().Match(query) is { Success: true } ret)
        {
            var names = ret.Groups[1].Captures.Select(c => c.Value).ToList();
            var keys = ret.Groups[2].Captures.Select(c => c.Value).ToList();
            var missing = names.FirstOrDefault(n => !parameters.ContainsKey(n));
            if (missing is not null)
            {
                throw new GraphException(StatusCodes.ParameterMissing, $"Expected parameter(s): {missing}");
            }
            return (keys, Rows(names.Select(n => parameters[n]).ToArray()), new Counters());
        }
        var at = Math.Max(0, query.IndexOf(' ', StringComparison.Ordinal));
        throw new GraphException(StatusCodes.SyntaxError,
            $"Invalid input '{query.Split(' ')[0]}': expected a clause (line 1, column 1 (offset: 0))", null,
            new SourceSpan(0, at));
    }

    private static object?[] GraphRow()
    {
        var a = new Node(1, "4:fake:1", ["Person"], new Dictionary<string, object?> { ["name"] = "Ann" });
        var b = new Node(2, "4:fake:2", ["Person"], new Dictionary<string, object?> { ["name"] = "Bob" });
        var r = new Relationship(3, "5:fake:3", 1, a.ElementId, 2, b.ElementId, "KNOWS",
            new Dictionary<string, object?> { ["since"] = 2020L });
        return [a, r, b, new Graph.Core.Values.Path([a, b], [r])];
    }

    private static async IAsyncEnumerable<object?[]> Range(long count, [EnumeratorCancellation] CancellationToken ct = default)
    {
        for (var i = 1L; i <= count; i++)
        {
            ct.ThrowIfCancellationRequested();
            yield return [i];
            if (i % 4096 == 0)
            {
                await Task.Yield();
            }
        }
    }

#pragma warning disable CS1998 // an async iterator without awaits: the rows are ready at once
    private static async IAsyncEnumerable<object?[]> Rows(params object?[][] rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }
    }
#pragma warning restore CS1998

    [GeneratedRegex(@"^UNWIND range\(1, ?(\d+)\) AS x RETURN x$")]
    private static partial Regex UnwindRange();

    [GeneratedRegex(@"^CREATE \(:Item \{id: \$id\}\)$")]
    private static partial Regex CreateItem();

    [GeneratedRegex(@"^RETURN (?:\$(\w+) AS (\w+)(?:, )?)+$")]
    private static partial Regex ReturnParameters();
}
