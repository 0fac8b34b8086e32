namespace Graph.Explorer.Tests.Dataset;

/// <summary>
/// The source article split into paragraphs as cypher/README.md defines them: the lines of the file that are
/// not empty or white space, numbered from 0 (so a heading, a caption line and a line broken by the page
/// layout are each a paragraph of their own).
/// </summary>
internal static class Article
{
    public static string Text { get; } = File.ReadAllText(SeedPaths.ArticlePath);

    public static IReadOnlyList<string> Paragraphs { get; } =
        Text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
}
