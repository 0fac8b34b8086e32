using Graph.Explorer.Import;

namespace Graph.Explorer.Tests.Dataset;

/// <summary>The seed CSV files read once through the loader's own reader (the path the product uses).</summary>
internal static class SeedFiles
{
    private static readonly Lazy<IReadOnlyList<ImportFile>> Files = new(() =>
        SeedLoader.ReadImportFilesAsync(SeedPaths.CypherDirectory, CancellationToken.None).GetAwaiter().GetResult());

    public static IReadOnlyList<ImportFile> All => Files.Value;

    public static IEnumerable<ImportRow> Nodes => All.Where(f => !f.IsRelationshipFile).SelectMany(f => f.Rows);

    public static IEnumerable<ImportRow> Relationships => All.Where(f => f.IsRelationshipFile).SelectMany(f => f.Rows);
}
