namespace Graph.Explorer.Tests.Dataset;

/// <summary>
/// Where the tests find the repository's cypher/ directory and the source article. The article is kept
/// outside the repository, in the shared/ directory beside an ancestor of the checkout
/// (shared/source/000_e3e1c1e320a749e6.txt); tests that need it fail loudly when it is missing.
/// </summary>
internal static class SeedPaths
{
    public const string ArticleRelativePath = "shared/source/000_e3e1c1e320a749e6.txt";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string CypherDirectory => Path.Combine(RepositoryRoot, "cypher");

    public static string QueriesDirectory => Path.Combine(CypherDirectory, "queries");

    public static string ArticlePath { get; } = FindArticle();

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")) && Directory.Exists(Path.Combine(dir.FullName, "cypher")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No repository root (Graph.sln and cypher/) above {AppContext.BaseDirectory}.");
    }

    private static string FindArticle()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ArticleRelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException(
            $"The source article {ArticleRelativePath} was not found beside any ancestor of {AppContext.BaseDirectory}; " +
            "the dataset tests check every quote against it and cannot run without it.");
    }
}
