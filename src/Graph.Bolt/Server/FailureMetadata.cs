using Graph.Bolt.Messages;
using Graph.Core;

namespace Graph.Bolt.Server;

/// <summary>
/// Builds FAILURE metadata in the shape the negotiated version expects (bolt.md §4.9): `code` + `message`
/// up to 5.6; `neo4j_code`, `message`, `gql_status`, `description` and `diagnostic_record` from 5.7.
/// Thread-safe (stateless).
/// </summary>
public static class FailureMetadata
{
    private static readonly Dictionary<string, (string Status, string Description)> GqlStatuses = new()
    {
        [StatusCodes.SyntaxError] = ("42001", "error: syntax error or access rule violation - invalid syntax"),
        [StatusCodes.SemanticError] = ("42N00", "error: syntax error or access rule violation - semantic error"),
        [StatusCodes.ParameterMissing] = ("42N51", "error: syntax error or access rule violation - invalid parameter"),
        [StatusCodes.TypeError] = ("22G03", "error: data exception - invalid value type"),
        [StatusCodes.ArithmeticError] = ("22000", "error: data exception"),
        [StatusCodes.Unauthorized] = ("42NFF", "error: syntax error or access rule violation - permission/access denied"),
        [StatusCodes.AccessMode] = ("42NFF", "error: syntax error or access rule violation - permission/access denied"),
        [StatusCodes.RequestInvalid] = ("08N06", "error: connection exception - protocol error"),
        [StatusCodes.RequestInvalidFormat] = ("08N06", "error: connection exception - protocol error"),
        [StatusCodes.ConstraintValidationFailed] = ("22N00", "error: data exception - constraint violation"),
        [StatusCodes.TransactionTimedOut] = ("25N05", "error: invalid transaction state - transaction closed"),
    };

    public static Dictionary<string, object?> Build(GraphException error, BoltVersion version, string? queryText)
    {
        if (!version.HasGqlErrors)
        {
            return new Dictionary<string, object?> { ["code"] = error.Code, ["message"] = error.Message };
        }
        var (status, description) = GqlStatuses.GetValueOrDefault(error.Code,
            ("50N42", "error: general processing exception - unexpected error"));
        var diagnostics = new Dictionary<string, object?>
        {
            ["OPERATION"] = "",
            ["OPERATION_CODE"] = "0",
            ["CURRENT_SCHEMA"] = "/",
            ["_classification"] = ClassificationName(error.Classification),
        };
        if (error.Span is { } span && queryText is not null)
        {
            var (line, column) = span.LineColumn(queryText);
            diagnostics["_position"] = new Dictionary<string, object?>
            {
                ["offset"] = (long)span.Start,
                ["line"] = (long)line,
                ["column"] = (long)column,
            };
        }
        return new Dictionary<string, object?>
        {
            ["neo4j_code"] = error.Code,
            ["message"] = error.Message,
            ["gql_status"] = status,
            ["description"] = description + ". " + error.Message,
            ["diagnostic_record"] = diagnostics,
        };
    }

    private static string ClassificationName(string classification) => classification switch
    {
        "ClientError" => "CLIENT_ERROR",
        "TransientError" => "TRANSIENT_ERROR",
        _ => "DATABASE_ERROR",
    };
}
