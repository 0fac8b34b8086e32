using Graph.Core;
using Graph.Core.Values;

namespace Graph.Engine.Evaluation;

/// <summary>Run-time errors with Neo4j codes and the TCK's detail names. Stateless.</summary>
internal static class RuntimeErrors
{
    public static GraphException TypeError(string message, string detail = "InvalidArgumentType") =>
        new(StatusCodes.TypeError, message, detail);

    public static GraphException InvalidArgumentType(string what, object? value) =>
        TypeError($"Type mismatch: expected {what} but was {CypherValue.TypeName(value)}");

    public static GraphException ArgumentError(string message, string detail) =>
        new(StatusCodes.ArgumentError, message, detail);

    public static GraphException Semantic(string message, string detail) =>
        new(StatusCodes.SemanticError, message, detail);
}
