using Graph.Core;
using Graph.Core.Values;

namespace Graph.Engine.Tests.Tck;

public class TckScenarioRunnerTests
{
    private static TckCase Case(string steps) =>
        TckCatalog.ParseFeature($"Feature: F\n\n  Scenario: [1] s\n{steps}", "test", "F.feature").Single();

    private static Task<TckOutcome> RunAsync(ScriptedDatabase database, string steps, TimeSpan? timeout = null) =>
        new TckScenarioRunner(_ => database).RunAsync(Case(steps), timeout);

    private const string ReturnOneThenTwo = """
            Given an empty graph
            When executing query:
              ```
              Q
              ```
            Then the result should be, in order:
              | x |
              | 1 |
              | 2 |
            And no side effects
        """;

    [Fact]
    public async Task Run_MatchingRowsAndNoSideEffects_Passes()
    {
        var database = new ScriptedDatabase().On("Q", new(["x"], [[1L], [2L]]));

        var outcome = await RunAsync(database, ReturnOneThenTwo);

        Assert.True(outcome.Passed, outcome.Details);
    }

    [Fact]
    public async Task Run_RowsInOtherOrder_FailsWithWrongOrder()
    {
        var database = new ScriptedDatabase().On("Q", new(["x"], [[2L], [1L]]));

        var outcome = await RunAsync(database, ReturnOneThenTwo);

        Assert.False(outcome.Passed);
        Assert.Equal("wrong result: wrong row order", outcome.Reason);
    }

    [Fact]
    public async Task Run_FloatWhereIntegerExpected_FailsWithWrongValues()
    {
        var database = new ScriptedDatabase().On("Q", new(["x"], [[1.0], [2L]]));

        var outcome = await RunAsync(database, ReturnOneThenTwo);

        Assert.Equal("wrong result: wrong values", outcome.Reason);
    }

    [Fact]
    public async Task Run_WrongColumnName_Fails()
    {
        var database = new ScriptedDatabase().On("Q", new(["y"], [[1L], [2L]]));

        var outcome = await RunAsync(database, ReturnOneThenTwo);

        Assert.StartsWith("wrong columns", outcome.Reason);
    }

    [Fact]
    public async Task Run_UnexpectedError_FailsNamingCodeAndDetail()
    {
        var database = new ScriptedDatabase().On("Q", new([], [],
            _ => new GraphException(StatusCodes.SyntaxError, "Invalid input 'Q'", "UnexpectedSyntax")));

        var outcome = await RunAsync(database, ReturnOneThenTwo);

        Assert.Equal("SyntaxError/UnexpectedSyntax: Invalid input 'Q'", outcome.Reason);
    }

    private const string ExpectCompileError = """
            Given any graph
            When executing query:
              ```
              Q
              ```
            Then a SyntaxError should be raised at compile time: UndefinedVariable
        """;

    [Fact]
    public async Task Run_ExpectedCompileTimeError_Passes()
    {
        var database = new ScriptedDatabase().On("Q", new([], [],
            _ => new GraphException(StatusCodes.SyntaxError, "Variable `x` not defined", "UndefinedVariable")));

        var outcome = await RunAsync(database, ExpectCompileError);

        Assert.True(outcome.Passed, outcome.Details);
    }

    [Fact]
    public async Task Run_ErrorRaisedWhileFetching_IsRuntimeNotCompileTime()
    {
        var database = new ScriptedDatabase().On("Q", new(["x"], [],
            FetchError: new GraphException(StatusCodes.SyntaxError, "Variable `x` not defined", "UndefinedVariable")));

        var outcome = await RunAsync(database, ExpectCompileError);

        Assert.StartsWith("wrong error: expected at compile time, raised at runtime", outcome.Reason);
    }

    [Fact]
    public async Task Run_ErrorWithOtherDetailOrCode_Fails()
    {
        var wrongDetail = new ScriptedDatabase().On("Q", new([], [],
            _ => new GraphException(StatusCodes.SyntaxError, "m", "VariableTypeConflict")));
        var wrongCode = new ScriptedDatabase().On("Q", new([], [],
            _ => new GraphException(StatusCodes.SemanticError, "m", "UndefinedVariable")));

        Assert.StartsWith("wrong error: expected detail UndefinedVariable", (await RunAsync(wrongDetail, ExpectCompileError)).Reason);
        Assert.StartsWith("wrong error: expected SyntaxError", (await RunAsync(wrongCode, ExpectCompileError)).Reason);
    }

    [Fact]
    public async Task Run_ExpectedErrorButSuccess_Fails()
    {
        var database = new ScriptedDatabase().On("Q", new(["x"], [[1L]]));

        var outcome = await RunAsync(database, ExpectCompileError);

        Assert.StartsWith("no error: expected SyntaxError at compile time: UndefinedVariable", outcome.Reason);
    }

    [Fact]
    public async Task Run_ErrorThatLeftTheGraphChanged_Fails()
    {
        var database = new ScriptedDatabase().On("Q", new([], [], db =>
        {
            db.AddNode(["Half"]);
            return new GraphException(StatusCodes.SyntaxError, "m", "UndefinedVariable");
        }));

        var outcome = await RunAsync(database, ExpectCompileError);

        Assert.Equal("failed query changed the graph", outcome.Reason);
    }

    private const string CreateWithEffects = """
            Given an empty graph
            And having executed:
              ```
              SETUP
              ```
            When executing query:
              ```
              Q
              ```
            Then the result should be empty
            And the side effects should be:
              | +nodes      | 1 |
              | +labels     | 1 |
              | +properties | 1 |
              | -properties | 1 |
        """;

    [Fact]
    public async Task Run_SideEffects_AreTheDiffOfTheGraphAroundTheQuery()
    {
        var database = new ScriptedDatabase()
            .On("SETUP", new([], [], db => { db.AddNode(["Old"], new() { ["v"] = 1L }); return null; }))
            .On("Q", new([], [], db =>
            {
                db.Nodes[0] = new Node(1, "n1", ["Old"], new Dictionary<string, object?> { ["v"] = 1.0 });
                db.AddNode(["New"]);
                return null;
            }));

        var outcome = await RunAsync(database, CreateWithEffects);

        Assert.True(outcome.Passed, outcome.Details);
    }

    [Fact]
    public async Task Run_MissingSideEffect_FailsListingBoth()
    {
        var database = new ScriptedDatabase()
            .On("SETUP", new([], [], db => { db.AddNode(["Old"], new() { ["v"] = 1L }); return null; }))
            .On("Q", new([], [], db => { db.AddNode(["New"]); return null; }));

        var outcome = await RunAsync(database, CreateWithEffects);

        Assert.Equal("side effects: expected +labels 1, +nodes 1, +properties 1, -properties 1, got +labels 1, +nodes 1",
            outcome.Reason);
    }

    [Fact]
    public async Task Run_FailingSetup_FailsAsSetup()
    {
        var database = new ScriptedDatabase()
            .On("SETUP", new([], [], _ => new GraphException(StatusCodes.SyntaxError, "bad")));

        var outcome = await RunAsync(database, CreateWithEffects);

        Assert.Equal("setup failed: SyntaxError: bad", outcome.Reason);
    }

    [Fact]
    public async Task Run_EngineIgnoringCancellation_TimesOutInsteadOfHanging()
    {
        var database = new ScriptedDatabase().On("Q", new(["x"], [], Hang: true));

        var outcome = await RunAsync(database, ReturnOneThenTwo, TimeSpan.FromMilliseconds(100));

        Assert.StartsWith("timeout", outcome.Reason);
    }

    [Fact]
    public async Task Run_NonGraphException_IsReportedAsCrash()
    {
        var database = new ScriptedDatabase().On("Q", new(["x"], [], FetchError: new InvalidCastException("boom")));

        var outcome = await RunAsync(database, ReturnOneThenTwo);

        Assert.Equal("crash: InvalidCastException: boom", outcome.Reason);
    }

    [Fact]
    public async Task Run_Parameters_AreParsedFromTheTable()
    {
        IReadOnlyDictionary<string, object?>? seen = null;
        var database = new CapturingDatabase(new ScriptedDatabase().On("Q", new(["x"], [[1L], [2L]])), p => seen = p);
        var steps = ReturnOneThenTwo.Replace("When executing", "And parameters are:\n  | list | [1, 'a'] |\nWhen executing",
            StringComparison.Ordinal);

        var outcome = await new TckScenarioRunner(_ => database).RunAsync(Case(steps));

        Assert.True(outcome.Passed, outcome.Details);
        Assert.Equal(new List<object?> { 1L, "a" }, seen!["list"]);
    }

    /// <summary>Records the parameters of the query under test.</summary>
    private sealed class CapturingDatabase(ScriptedDatabase inner, Action<IReadOnlyDictionary<string, object?>> capture) : IGraphDatabase
    {
        public ISession Session(SessionOptions? options = null) => new CapturingSession(inner.Session(options), capture);

        public Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default) => inner.GetServerInfoAsync(cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();

        private sealed class CapturingSession(ISession inner, Action<IReadOnlyDictionary<string, object?>> capture) : ISession
        {
            public AccessMode AccessMode => inner.AccessMode;
            public IReadOnlyList<string> LastBookmarks => inner.LastBookmarks;

            public Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null,
                CancellationToken cancellationToken = default)
            {
                if (query == "Q" && parameters is not null) capture(parameters);
                return inner.RunAsync(query, parameters, cancellationToken);
            }

            public Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters,
                TransactionConfig? config, CancellationToken cancellationToken = default) => RunAsync(query, parameters, cancellationToken);

            public Task<ITransaction> BeginTransactionAsync(TransactionConfig? config = null, CancellationToken cancellationToken = default) =>
                inner.BeginTransactionAsync(config, cancellationToken);

            public Task<T> ExecuteReadAsync<T>(Func<IQueryRunner, Task<T>> work, TransactionConfig? config = null,
                CancellationToken cancellationToken = default) => inner.ExecuteReadAsync(work, config, cancellationToken);

            public Task<T> ExecuteWriteAsync<T>(Func<IQueryRunner, Task<T>> work, TransactionConfig? config = null,
                CancellationToken cancellationToken = default) => inner.ExecuteWriteAsync(work, config, cancellationToken);

            public ValueTask DisposeAsync() => inner.DisposeAsync();
        }
    }
}
