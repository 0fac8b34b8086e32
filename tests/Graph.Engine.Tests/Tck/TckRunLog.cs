using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Graph.Engine.Tests.Tck;

/// <summary>
/// Collects the outcome of every TCK case run in this process (the theory classes run in parallel), and at the
/// end of the run writes artifacts/tck-summary.json, artifacts/tck-failures.txt and the per-folder figures;
/// with TCK_UPDATE_EXPECTED=1 it also rewrites expected-failures.txt. Thread-safe.
/// </summary>
public static class TckRunLog
{
    private static readonly ConcurrentDictionary<string, (TckCase Case, TckOutcome Outcome)> Results = new(StringComparer.Ordinal);

    public static bool UpdateExpected => Environment.GetEnvironmentVariable("TCK_UPDATE_EXPECTED") == "1";

    public static int Count => Results.Count;

    public static void Record(TckCase tckCase, TckOutcome outcome) => Results[tckCase.Name] = (tckCase, outcome);

    /// <summary>Writes the artifacts (and the expected list when updating); returns the lines to print.</summary>
    public static IReadOnlyList<string> Finish()
    {
        var results = Results.Values.ToList();
        if (results.Count == 0)
        {
            return [];
        }
        Directory.CreateDirectory(TckPaths.Artifacts);
        File.WriteAllText(Path.Combine(TckPaths.Artifacts, "tck-summary.json"), SummaryJson(results));
        File.WriteAllText(Path.Combine(TckPaths.Artifacts, "tck-failures.txt"), FailureReport(results));
        File.WriteAllLines(Path.Combine(TckPaths.Artifacts, "tck-triage.txt"), Triage(results));
        var lines = Figures(results).ToList();
        if (UpdateExpected)
        {
            var updated = TckTheory.Expected.Updated(results.ToDictionary(r => r.Case.Name, r => r.Outcome));
            File.WriteAllLines(TckPaths.ExpectedFailures, updated.ToLines());
            lines.Add($"TCK expected-failures.txt rewritten: {updated.Reasons.Count} cases listed.");
        }
        return lines;
    }

    public static string SummaryJson(IReadOnlyList<(TckCase Case, TckOutcome Outcome)> results)
    {
        var passed = results.Count(r => r.Outcome.Passed);
        var summary = new
        {
            total = results.Count,
            passed,
            failed = results.Count - passed,
            folders = Group(results, c => c.Folder).ToDictionary(g => g.Key, g => new { total = g.Total, passed = g.Passed }),
            topFolders = Group(results, c => c.TopFolder).ToDictionary(g => g.Key, g => new { total = g.Total, passed = g.Passed }),
        };
        return JsonSerializer.Serialize(summary, new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>"folder passed/total (percent)" per folder, per top-level folder and in total.</summary>
    public static IEnumerable<string> Figures(IReadOnlyList<(TckCase Case, TckOutcome Outcome)> results)
    {
        foreach (var group in Group(results, c => c.Folder))
        {
            yield return Line(group.Key, group.Passed, group.Total);
        }
        foreach (var group in Group(results, c => c.TopFolder))
        {
            yield return Line(group.Key + " (all)", group.Passed, group.Total);
        }
        yield return Line("TOTAL", results.Count(r => r.Outcome.Passed), results.Count);
    }

    private static string Line(string label, int passed, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"TCK {label,-42} {passed,5}/{total,-5} {100.0 * passed / total,6:0.0}%");

    private static IEnumerable<(string Key, int Passed, int Total)> Group(
        IReadOnlyList<(TckCase Case, TckOutcome Outcome)> results, Func<TckCase, string> key) =>
        results.GroupBy(r => key(r.Case), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(r => r.Outcome.Passed), g.Count()));

    /// <summary>Failures grouped by cause (the reason without its message text), biggest first, with folders.</summary>
    public static IEnumerable<string> Triage(IReadOnlyList<(TckCase Case, TckOutcome Outcome)> results) =>
        results.Where(r => !r.Outcome.Passed)
            .GroupBy(r => Cause(r.Outcome.Reason), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Count(),5}  {g.Key}  [" + string.Join(", ", g.GroupBy(r => r.Case.Folder)
                .OrderByDescending(f => f.Count()).Take(4).Select(f => $"{f.Key} {f.Count()}")) + "]");

    /// <summary>"SyntaxError/UnexpectedSyntax: Invalid input 'x' ..." becomes "SyntaxError/UnexpectedSyntax".</summary>
    public static string Cause(string reason)
    {
        var cut = reason.IndexOf(" (", StringComparison.Ordinal);
        var parts = (cut > 0 ? reason[..cut] : reason).Split(": ");
        if (parts.Length > 1 && parts[0] is "crash" or "setup failed" or "graph capture failed")
        {
            return parts[0] + ": " + parts[1];
        }
        var isErrorCode = parts.Length > 1 && parts[0].All(c => char.IsLetterOrDigit(c) || c == '/');
        return isErrorCode ? parts[0] : string.Join(": ", parts);
    }

    private static string FailureReport(IReadOnlyList<(TckCase Case, TckOutcome Outcome)> results)
    {
        var text = new StringBuilder();
        foreach (var (tckCase, outcome) in results.Where(r => !r.Outcome.Passed).OrderBy(r => r.Case.Name, StringComparer.Ordinal))
        {
            text.Append("== ").Append(tckCase.Name).Append("  (").Append(tckCase.FeatureFile).Append(':').Append(tckCase.Line)
                .Append(")\n").Append(outcome.Reason).Append('\n');
            if (outcome.Details.Length > 0)
            {
                text.Append(outcome.Details.TrimEnd()).Append('\n');
            }
            text.Append('\n');
        }
        return text.ToString();
    }
}
