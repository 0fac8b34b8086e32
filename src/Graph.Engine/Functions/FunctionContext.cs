namespace Graph.Engine.Functions;

/// <summary>
/// What a function may read besides its arguments: the clocks fixed for the statement and the transaction
/// (Cypher's date(), datetime.statement(), datetime.transaction() must not change within them) and the
/// default time zone. One per statement; immutable, so thread-safe.
/// </summary>
public sealed class FunctionContext
{
    public FunctionContext(DateTimeOffset statementTime, DateTimeOffset transactionTime, string defaultTimeZone = "UTC")
    {
        StatementTime = statementTime;
        TransactionTime = transactionTime;
        DefaultTimeZone = defaultTimeZone;
    }

    public DateTimeOffset StatementTime { get; }

    public DateTimeOffset TransactionTime { get; }

    /// <summary>IANA zone used when a temporal function needs a zone and none is given.</summary>
    public string DefaultTimeZone { get; }

    public static FunctionContext Now()
    {
        var now = DateTimeOffset.UtcNow;
        return new FunctionContext(now, now);
    }
}
