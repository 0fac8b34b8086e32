using Graph.Core;

namespace Graph.Engine.Tests.Tck;

/// <summary>
/// Runs one TCK case against a fresh database: the Given/And steps build the graph, the query under test runs
/// with its parameters, and each Then step is checked against what happened (rows, error type/phase/detail,
/// side effects diffed from the graph before and after). Compile time means thrown by RunAsync; runtime means
/// thrown while fetching or consuming. A case gets <see cref="Timeout"/> and is abandoned after it even if the
/// engine ignores cancellation. Thread-safe: every run has its own state.
/// </summary>
public sealed partial class TckScenarioRunner(Func<IReadOnlyList<TckProcedure>, IGraphDatabase> createDatabase)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public async Task<TckOutcome> RunAsync(TckCase tckCase, TimeSpan? timeout = null)
    {
        var limit = timeout ?? Timeout;
        using var cancellation = new CancellationTokenSource(limit);
        var run = Task.Run(() => RunCaseAsync(tckCase, cancellation.Token), CancellationToken.None);
        try
        {
            // WaitAsync also ends the wait when the engine never looks at the token (a busy loop).
            return await run.WaitAsync(limit + TimeSpan.FromSeconds(2));
        }
        catch (TimeoutException)
        {
            return TckOutcome.Fail($"timeout: no answer within {limit.TotalSeconds:0} s (cancellation ignored)", "");
        }
    }

    private async Task<TckOutcome> RunCaseAsync(TckCase tckCase, CancellationToken cancellationToken)
    {
        var procedures = tckCase.Steps.OfType<TckStep.Procedure>().Select(p => p.Definition).ToList();
        try
        {
            await using var database = createDatabase(procedures);
            var state = new CaseState(database, cancellationToken);
            foreach (var step in tckCase.Steps)
            {
                await state.ApplyAsync(step);
            }
            return state.QueryRan ? TckOutcome.Pass : TckOutcome.Fail("no query under test", "");
        }
        catch (CaseFailure failure)
        {
            return TckOutcome.Fail(failure.Reason, failure.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return TckOutcome.Fail($"timeout: cancelled after {Timeout.TotalSeconds:0} s", "");
        }
        catch (Exception e)
        {
            return TckOutcome.Fail($"crash: {e.GetType().Name}: {e.Message}", e.ToString());
        }
    }

    /// <summary>A Then step that does not hold; Reason is the one-line form.</summary>
    private sealed class CaseFailure(string reason, string details) : Exception(details)
    {
        public string Reason { get; } = reason;
    }
}
