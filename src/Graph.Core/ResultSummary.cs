namespace Graph.Core;

/// <summary>What a query did, as the Neo4j driver's IResultSummary. Immutable.</summary>
public sealed record ResultSummary
{
    public required string Query { get; init; }

    public QueryType QueryType { get; init; } = QueryType.ReadOnly;

    public Counters Counters { get; init; } = new();

    public IReadOnlyList<Notification> Notifications { get; init; } = [];

    /// <summary>Time until the first record was available.</summary>
    public TimeSpan ResultAvailableAfter { get; init; }

    /// <summary>Time from the first record being available until the result was consumed.</summary>
    public TimeSpan ResultConsumedAfter { get; init; }

    /// <summary>Bookmark of the committed auto-commit transaction, if any.</summary>
    public string? Bookmark { get; init; }

    public string? Database { get; init; }
}

/// <summary>Neo4j's query type letters: r, w, rw, s.</summary>
public enum QueryType
{
    ReadOnly = 0,
    WriteOnly = 1,
    ReadWrite = 2,
    SchemaWrite = 3,
}

public sealed record Notification(string Code, string Title, string Description, string Severity, SourceSpan? Span);
