using Graph.Core;

namespace Graph.Engine.Tests.Tck;

/// <summary>
/// Bad input must never crash, hang or half-apply (issue 2): TCK queries are mutated at random and run on a
/// fresh engine holding the case's own setup graph; some write queries instead get a tail that fails at run time
/// after their writes. Every error must be a GraphException, every run must end within the timeout, and a
/// query that fails must leave the whole graph exactly as it was.
/// </summary>
public class QueryFuzzTests
{
    private const int QueriesPerSeed = 80;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task MutatedTckQueries_OnAFreshEngine_FailCleanlyOrSucceed(int seed)
    {
        var random = new Random(seed);
        var cases = TckCatalog.All.Values.Where(c => c.Steps.All(s => s is not TckStep.Procedure)).ToList();
        var violations = new List<string>();
        var failures = 0;
        for (var i = 0; i < QueriesPerSeed; i++)
        {
            var tckCase = cases[random.Next(cases.Count)];
            var donor = cases[random.Next(cases.Count)].Steps.OfType<TckStep.Query>().First().Text;
            var original = tckCase.Steps.OfType<TckStep.Query>().First().Text;
            var query = (random.Next(3) == 0 ? QueryMutator.FailAfterWrites(original) : null)
                ?? QueryMutator.Mutate(original, QueryMutator.Tokenize(donor), random);
            var (problem, failed) = await CheckAsync(tckCase, query);
            failures += failed ? 1 : 0;
            if (problem is not null)
            {
                violations.Add($"{problem}\n  case: {tckCase.Name}\n  query: {query}");
            }
        }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.True(failures > QueriesPerSeed / 4, $"Only {failures} of {QueriesPerSeed} mutated queries failed: the fuzzer is not biting.");
    }

    /// <summary>Problem is null when the mutated query behaved; Failed tells whether it raised a GraphException.</summary>
    private static async Task<(string? Problem, bool Failed)> CheckAsync(TckCase tckCase, string query)
    {
        using var cancellation = new CancellationTokenSource(Timeout);
        var run = Task.Run(() => RunAsync(tckCase, query, cancellation.Token));
        try
        {
            return await run.WaitAsync(Timeout + TimeSpan.FromSeconds(2));
        }
        catch (TimeoutException)
        {
            return ($"hang: no answer within {Timeout.TotalSeconds:0} s", false);
        }
    }

    private static async Task<(string? Problem, bool Failed)> RunAsync(TckCase tckCase, string query, CancellationToken cancellationToken)
    {
        await using var database = TckEngine.Create([]);
        try
        {
            foreach (var setup in tckCase.Steps.OfType<TckStep.Setup>())
            {
                await RunOrThrowAsync(database, setup.Text, cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (null, false); // an unmutated setup query failing is the TCK run's business, not the fuzzer's
        }
        var before = await TckGraphState.CaptureAsync(database, cancellationToken);
        Exception? error;
        try
        {
            error = await TryRunAsync(database, query, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ($"hang: cancelled after {Timeout.TotalSeconds:0} s", false);
        }
        catch (Exception e)
        {
            return ($"crash: {e.GetType().Name}: {e.Message}", false);
        }
        if (error is null)
        {
            return (null, false);
        }
        var after = await TckGraphState.CaptureAsync(database, cancellationToken);
        return (after.SameAs(before) ? null : $"the failed query ({error.Message.Split('\n')[0]}) changed the graph", true);
    }

    /// <summary>Runs and drains a query; returns its GraphException, lets anything else escape.</summary>
    private static async Task<GraphException?> TryRunAsync(IGraphDatabase database, string query, CancellationToken cancellationToken)
    {
        try
        {
            await RunOrThrowAsync(database, query, cancellationToken);
            return null;
        }
        catch (GraphException e)
        {
            return e;
        }
    }

    private static async Task RunOrThrowAsync(IGraphDatabase database, string query, CancellationToken cancellationToken)
    {
        await using var session = database.Session();
        var cursor = await session.RunAsync(query, null, cancellationToken);
        while (await cursor.FetchAsync(cancellationToken))
        {
        }
        await cursor.ConsumeAsync(cancellationToken);
    }
}
