namespace Graph.Engine.Tests.Tck;

/// <summary>
/// expected-failures.txt: one case name per line, then " # " and a one-line reason; lines starting with '#' are
/// comments. A reason starting with "not run:" guards a case that must not be executed (it crashes the test
/// host or hangs); it counts as failed without running. Immutable; <see cref="Updated"/> makes the next version.
/// </summary>
public sealed class TckExpectedFailures
{
    public const string Separator = " # ";
    public const string NotRunPrefix = "not run:";

    private static readonly string[] Header =
    [
        "# openCypher TCK cases that fail on purpose or for now: `<case name> # <reason>`, sorted.",
        "# The TCK run fails on any failure not listed here AND on any listed case that passes.",
        "# Regenerate: TCK_UPDATE_EXPECTED=1 dotnet test tests/Graph.Engine.Tests --filter FullyQualifiedName~Tck",
        "# A reason starting with 'not run:' keeps the case from being executed (it crashes or hangs the test host).",
    ];

    public TckExpectedFailures(IReadOnlyDictionary<string, string> reasons)
    {
        Reasons = reasons;
    }

    /// <summary>Case name to reason.</summary>
    public IReadOnlyDictionary<string, string> Reasons { get; }

    public static TckExpectedFailures Load(string path) =>
        File.Exists(path) ? Parse(File.ReadAllLines(path)) : new TckExpectedFailures(new Dictionary<string, string>());

    public static TckExpectedFailures Parse(IEnumerable<string> lines)
    {
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var split = line.IndexOf(Separator, StringComparison.Ordinal);
            if (split <= 0)
            {
                throw new FormatException($"expected-failures.txt line {number}: no '{Separator.Trim()} reason' in '{line}'.");
            }
            if (!reasons.TryAdd(line[..split], line[(split + Separator.Length)..].Trim()))
            {
                throw new FormatException($"expected-failures.txt line {number}: '{line[..split]}' is listed twice.");
            }
        }
        return new TckExpectedFailures(reasons);
    }

    public bool IsListed(string name) => Reasons.ContainsKey(name);

    public bool IsNotRun(string name) =>
        Reasons.TryGetValue(name, out var reason) && reason.StartsWith(NotRunPrefix, StringComparison.Ordinal);

    /// <summary>
    /// The list after a run: cases that ran and failed are listed (keeping an existing reason), cases that ran
    /// and passed are dropped; cases that did not run (filtered out, or guarded) keep their line.
    /// </summary>
    public TckExpectedFailures Updated(IReadOnlyDictionary<string, TckOutcome> results)
    {
        var reasons = new Dictionary<string, string>(Reasons, StringComparer.Ordinal);
        foreach (var (name, outcome) in results)
        {
            if (IsNotRun(name))
            {
                continue;
            }
            if (outcome.Passed)
            {
                reasons.Remove(name);
            }
            else if (!reasons.ContainsKey(name))
            {
                reasons[name] = outcome.Reason;
            }
        }
        return new TckExpectedFailures(reasons);
    }

    public IEnumerable<string> ToLines() =>
        Header.Concat(Reasons.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + Separator + p.Value));
}
