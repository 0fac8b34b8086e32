namespace Graph.Core;

public sealed record SessionOptions
{
    public AccessMode AccessMode { get; init; } = AccessMode.Write;

    /// <summary>Target database; null means the server's default database.</summary>
    public string? Database { get; init; }

    /// <summary>Bookmarks this session must observe before its first query runs.</summary>
    public IReadOnlyList<string> Bookmarks { get; init; } = [];

    /// <summary>Records requested per round trip by remote implementations; -1 means all.</summary>
    public long FetchSize { get; init; } = 1000;

    public string? ImpersonatedUser { get; init; }
}
