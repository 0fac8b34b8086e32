namespace Graph.Explorer;

/// <summary>
/// Finds the repository's content folders (cypher/, the built web front end) whether the explorer runs from
/// its build output, from `dotnet run` at the repository root, or from a test project's output folder:
/// first beside the executable, then walking up from the executable and from the current directory.
/// Thread-safe (stateless).
/// </summary>
public static class ContentPaths
{
    private const string WebOutput = "src/Graph.Explorer/wwwroot/dist";

    /// <summary>The cypher/ folder: the configured one when given, else the first one found (see the type summary).</summary>
    public static string FindCypherDirectory(string? configured = null)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(configured)
                ? Path.GetFullPath(configured)
                : throw new DirectoryNotFoundException($"The configured cypher directory '{configured}' does not exist.");
        }
        return FindUp("cypher", dir => File.Exists(Path.Combine(dir, "schema.cypher")) || Directory.Exists(Path.Combine(dir, "queries")))
            ?? throw new DirectoryNotFoundException(
                "Could not find the cypher/ folder beside the executable or above it, nor above the current directory. "
                + "Run from the repository or set Shanhai:CypherDirectory.");
    }

    /// <summary>The folder holding the built web front end (index.html), or null when it has not been built.</summary>
    public static string? FindWebRoot()
    {
        var published = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (File.Exists(Path.Combine(published, "index.html")))
        {
            return published;
        }
        return FindUp(WebOutput, dir => File.Exists(Path.Combine(dir, "index.html")));
    }

    private static string? FindUp(string relative, Func<string, bool> accept)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relative);
                if (Directory.Exists(candidate) && accept(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }
        return null;
    }
}
