using System.Text.Json.Nodes;

namespace Graph.Explorer.Results;

/// <summary>
/// One item of a streamed query result. A stream is "keys", then zero or more "row" frames (values aligned
/// with the keys, in the <see cref="CypherJson"/> shape), then exactly one of "summary" or "error".
/// Immutable.
/// </summary>
public sealed record QueryFrame(string Kind)
{
    public const string KeysKind = "keys";
    public const string RowKind = "row";
    public const string SummaryKind = "summary";
    public const string ErrorKind = "error";

    public IReadOnlyList<string>? Keys { get; init; }

    public JsonArray? Values { get; init; }

    public QuerySummary? Summary { get; init; }

    public QueryError? Error { get; init; }

    public static QueryFrame ForKeys(IReadOnlyList<string> keys) => new(KeysKind) { Keys = keys };

    public static QueryFrame ForRow(JsonArray values) => new(RowKind) { Values = values };

    public static QueryFrame ForSummary(QuerySummary summary) => new(SummaryKind) { Summary = summary };

    public static QueryFrame ForError(QueryError error) => new(ErrorKind) { Error = error };
}
