namespace Graph.Explorer.Queries;

/// <summary>
/// Reads the saved queries of a directory tree (cypher/queries/**/*.cypher). Each file starts with a comment
/// header, then the Cypher text:
/// <code>
/// // @title 中文标题 | English title
/// // @description Free text; may continue on further "// " lines.
/// // @param name: string = "蒋孟良"  -- optional description
/// MATCH ...
/// </code>
/// The header ends at the first line that is not a "//" comment. A bad header raises
/// <see cref="SavedQueryFormatException"/> naming the file and line. Thread-safe (stateless).
/// </summary>
public static class SavedQueryCatalog
{
    public const string Extension = ".cypher";

    /// <summary>Every saved query under <paramref name="directory"/>, ordered by name.</summary>
    public static IReadOnlyList<SavedQuery> Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The saved-query directory {directory} does not exist.");
        }
        return Directory.EnumerateFiles(directory, "*" + Extension, SearchOption.AllDirectories)
            .Select(path => (Name: NameOf(directory, path), Path: path))
            .OrderBy(file => file.Name, StringComparer.Ordinal)
            .Select(file => Parse(file.Name, File.ReadAllText(file.Path)))
            .ToList();
    }

    /// <summary>Parses one saved query; <paramref name="name"/> is also the file name errors report.</summary>
    public static SavedQuery Parse(string name, string content) => SavedQueryHeaderParser.Parse(name, content);

    private static string NameOf(string directory, string path)
    {
        var relative = Path.GetRelativePath(directory, path).Replace(Path.DirectorySeparatorChar, '/');
        return relative[..^Extension.Length];
    }
}
