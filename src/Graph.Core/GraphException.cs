namespace Graph.Core;

/// <summary>
/// The one root of every error the port raises. <see cref="Code"/> is a Neo4j status code from
/// <see cref="StatusCodes"/>; <see cref="Detail"/> the openCypher TCK name (e.g. UndefinedVariable) where
/// one applies; <see cref="Span"/> the offending range of the query text for compile-time errors.
/// </summary>
public class GraphException : Exception
{
    public GraphException(string code, string message, string? detail = null, SourceSpan? span = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        Detail = detail;
        Span = span;
    }

    public string Code { get; }

    public string? Detail { get; }

    public SourceSpan? Span { get; }

    /// <summary>ClientError, ClientNotification, TransientError or DatabaseError: the second part of the code.</summary>
    public string Classification => StatusCodes.ClassificationOf(Code);

    /// <summary>Drivers retry managed transactions on transient errors only.</summary>
    public bool IsRetryable => Classification == "TransientError";
}
