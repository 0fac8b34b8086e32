namespace Graph.Engine.Tests.Tck;

/// <summary>
/// How one case went. <see cref="Reason"/> is one line fit for expected-failures.txt (derived from the
/// failure: the error code and detail, "wrong result", "timeout"...); <see cref="Details"/> explains it fully.
/// </summary>
public sealed record TckOutcome(bool Passed, string Reason, string Details)
{
    public static readonly TckOutcome Pass = new(true, "", "");

    public static TckOutcome Fail(string reason, string details) => new(false, OneLine(reason), details);

    private static string OneLine(string text)
    {
        var line = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        line = line.Replace(" # ", " ", StringComparison.Ordinal);
        return line.Length <= 160 ? line : line[..157] + "...";
    }
}
