namespace Graph.Engine.Tests.Tck;

/// <summary>
/// Where the TCK and the repository are on disk. The TCK lives in <c>shared/tck</c>, a sibling of the
/// repository root, so it is found by walking up from the test assembly to the first ancestor that has
/// <c>shared/tck/features</c> (TCK_DIR overrides). Missing files fail loudly: a run of zero cases must not pass.
/// </summary>
public static class TckPaths
{
    private static readonly Lazy<string> TckDirectory = new(FindTckDirectory);
    private static readonly Lazy<string> RepositoryRoot = new(FindRepositoryRoot);

    /// <summary>The folder holding features/ and graphs/.</summary>
    public static string Tck => TckDirectory.Value;

    public static string Features => Path.Combine(Tck, "features");

    public static string Graphs => Path.Combine(Tck, "graphs");

    /// <summary>The folder that holds Graph.sln (this repository's checkout).</summary>
    public static string Repository => RepositoryRoot.Value;

    public static string ExpectedFailures =>
        Path.Combine(Repository, "tests", "Graph.Engine.Tests", "Tck", "expected-failures.txt");

    public static string Artifacts => Path.Combine(Repository, "artifacts");

    private static string FindTckDirectory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("TCK_DIR");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(Path.Combine(fromEnvironment, "features"))
                ? Path.GetFullPath(fromEnvironment)
                : throw new DirectoryNotFoundException($"TCK_DIR={fromEnvironment} has no features/ folder.");
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "tck");
            if (Directory.Exists(Path.Combine(candidate, "features")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException(
            $"No shared/tck/features beside any ancestor of {AppContext.BaseDirectory}: the openCypher TCK must be "
            + "in ../shared/tck relative to the repository root (or set TCK_DIR).");
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException($"No Graph.sln above {AppContext.BaseDirectory}.");
    }
}
