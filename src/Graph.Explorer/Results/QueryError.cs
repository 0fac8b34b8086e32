using Graph.Core;

namespace Graph.Explorer.Results;

/// <summary>
/// A failed query as data for clients: the Neo4j status code, the message, and where the error is in the
/// query text (1-based line and column, UTF-16 start and length) when the engine knows. Immutable.
/// </summary>
public sealed record QueryError(string Code, string Message, int? Line, int? Column, int? Start, int? Length)
{
    public static QueryError From(GraphException error, string queryText)
    {
        if (error.Span is not { } span)
        {
            return new QueryError(error.Code, error.Message, null, null, null, null);
        }
        var (line, column) = span.LineColumn(queryText);
        return new QueryError(error.Code, error.Message, line, column, span.Start, span.Length);
    }

    public static QueryError Of(string code, string message) => new(code, message, null, null, null, null);
}
