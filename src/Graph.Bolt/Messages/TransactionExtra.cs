using Graph.Core;

namespace Graph.Bolt.Messages;

/// <summary>
/// The `extra` dictionary of BEGIN and auto-commit RUN (bolt.md §4.3): bookmarks, tx_timeout (ms),
/// tx_metadata, mode ("r" or "w"), db, imp_user. Absent keys take their defaults. Immutable.
/// </summary>
public sealed record TransactionExtra(
    IReadOnlyList<string> Bookmarks,
    TimeSpan? Timeout,
    IReadOnlyDictionary<string, object?> Metadata,
    AccessMode Mode,
    string? Database,
    string? ImpersonatedUser)
{
    public static readonly TransactionExtra Empty =
        new([], null, new Dictionary<string, object?>(), AccessMode.Write, null, null);

    public static TransactionExtra Parse(IReadOnlyDictionary<string, object?> extra)
    {
        if (extra.Count == 0)
        {
            return Empty;
        }
        var bookmarks = extra.GetValueOrDefault("bookmarks") is IReadOnlyList<object?> list
            ? list.OfType<string>().ToList()
            : [];
        TimeSpan? timeout = extra.GetValueOrDefault("tx_timeout") is long ms && ms > 0 ? TimeSpan.FromMilliseconds(ms) : null;
        var metadata = extra.GetValueOrDefault("tx_metadata") as IReadOnlyDictionary<string, object?> ?? Empty.Metadata;
        var mode = extra.GetValueOrDefault("mode") as string == "r" ? AccessMode.Read : AccessMode.Write;
        var db = extra.GetValueOrDefault("db") as string;
        return new TransactionExtra(bookmarks, timeout, metadata, mode, string.IsNullOrEmpty(db) ? null : db,
            extra.GetValueOrDefault("imp_user") as string);
    }

    /// <summary>The dictionary a client sends; defaults are left out, as drivers do.</summary>
    public Dictionary<string, object?> ToDictionary()
    {
        var extra = new Dictionary<string, object?>();
        if (Bookmarks.Count > 0) extra["bookmarks"] = Bookmarks;
        if (Timeout is { } timeout) extra["tx_timeout"] = (long)timeout.TotalMilliseconds;
        if (Metadata.Count > 0) extra["tx_metadata"] = Metadata;
        if (Mode == AccessMode.Read) extra["mode"] = "r";
        if (Database is not null) extra["db"] = Database;
        if (ImpersonatedUser is not null) extra["imp_user"] = ImpersonatedUser;
        return extra;
    }

    public SessionOptions ToSessionOptions() => new()
    {
        AccessMode = Mode,
        Database = Database,
        Bookmarks = Bookmarks,
        ImpersonatedUser = ImpersonatedUser,
    };

    public TransactionConfig ToTransactionConfig() => new() { Timeout = Timeout, Metadata = Metadata };
}
