using Graph.Core;
using Graph.Engine.Execution;
using Graph.Engine.Procedures;
using Graph.Storage.Store;

namespace Graph.Engine;

/// <summary>
/// The embedded graph database: an in-memory store plus the Cypher engine, behind the one port. Element
/// ids are the numeric ids as decimal strings ("42"); node and relationship ids are separate sequences and
/// are never reused. Concurrency: thread-safe; any number of sessions may read concurrently (each
/// transaction reads a consistent committed snapshot) while one transaction at a time writes (see
/// <see cref="GraphStore"/>).
/// </summary>
public sealed class EmbeddedDatabase : IGraphDatabase
{
    private readonly GraphStore _store;
    private readonly QueryEngine _engine;
    private readonly ProcedureRegistry _procedures = new();
    private readonly EmbeddedDatabaseOptions _options;

    public EmbeddedDatabase()
        : this(new EmbeddedDatabaseOptions())
    {
    }

    public EmbeddedDatabase(EmbeddedDatabaseOptions options)
    {
        _options = options;
        _store = new GraphStore { LockTimeout = options.LockTimeout };
        _engine = new QueryEngine(_procedures, options.PlanCacheSize);
    }

    public ISession Session(SessionOptions? options = null) =>
        new EmbeddedSession(_engine, _store, _options, options ?? new SessionOptions());

    public Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new ServerInfo("ShanhaiGraph/0.1", "embedded:memory", null));

    /// <summary>
    /// Registers (or replaces) a procedure callable with CALL. The body receives the arguments coerced to the
    /// declared input types and yields rows aligned with the declared outputs.
    /// </summary>
    public void RegisterProcedure(ProcedureSignature signature, ProcedureBody body)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(body);
        _procedures.Register(new Procedure(signature, (context, arguments) => body(arguments, context.CancellationToken)));
        _engine.Invalidate();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
