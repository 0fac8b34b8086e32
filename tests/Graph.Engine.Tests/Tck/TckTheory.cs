namespace Graph.Engine.Tests.Tck;

/// <summary>
/// The body shared by the TCK theory classes: runs one case on a fresh engine, records it for the summary and
/// holds it against expected-failures.txt (an unlisted failure fails, and so does a listed case that passes).
/// Thread-safe.
/// </summary>
public static class TckTheory
{
    private static readonly Lazy<TckExpectedFailures> ExpectedFailures = new(() => TckExpectedFailures.Load(TckPaths.ExpectedFailures));

    public static TckExpectedFailures Expected => ExpectedFailures.Value;

    public static async Task RunAsync(string name, TckScenarioRunner runner)
    {
        var tckCase = TckCatalog.Get(name);
        if (Expected.IsNotRun(name))
        {
            TckRunLog.Record(tckCase, TckOutcome.Fail(Expected.Reasons[name], "Guarded in expected-failures.txt: not executed."));
            return;
        }
        var outcome = await runner.RunAsync(tckCase);
        TckRunLog.Record(tckCase, outcome);
        if (TckRunLog.UpdateExpected)
        {
            return;
        }
        var listed = Expected.IsListed(name);
        if (listed && outcome.Passed)
        {
            Assert.Fail($"'{name}' passes now: remove it from expected-failures.txt (or run with TCK_UPDATE_EXPECTED=1).");
        }
        if (!listed && !outcome.Passed)
        {
            Assert.Fail($"{outcome.Reason}\n{outcome.Details}\n({tckCase.FeatureFile}:{tckCase.Line})");
        }
    }
}
