using System.Diagnostics.CodeAnalysis;
using Graph.Core;
using Graph.Core.Values;

namespace Graph.Engine.Temporal;

/// <summary>
/// Throw helpers for temporal errors, worded like Neo4j's and carrying the TCK detail names
/// (InvalidArgumentValue, InvalidArgumentType). Thread-safe (stateless).
/// </summary>
internal static class TemporalErrors
{
    [DoesNotReturn]
    public static void InvalidValue(string message) =>
        throw new GraphException(StatusCodes.ArgumentError, message, "InvalidArgumentValue");

    [DoesNotReturn]
    public static T InvalidValue<T>(string message) =>
        throw new GraphException(StatusCodes.ArgumentError, message, "InvalidArgumentValue");

    [DoesNotReturn]
    public static void InvalidType(string function, object? value) =>
        throw new GraphException(StatusCodes.TypeError,
            $"Type mismatch: {function}() does not accept a value of type {CypherValue.TypeName(value)}",
            "InvalidArgumentType");

    [DoesNotReturn]
    public static T InvalidType<T>(string function, object? value) =>
        throw new GraphException(StatusCodes.TypeError,
            $"Type mismatch: {function}() does not accept a value of type {CypherValue.TypeName(value)}",
            "InvalidArgumentType");

    [DoesNotReturn]
    public static void Unparsable(string what, string text) =>
        throw new GraphException(StatusCodes.ArgumentError, $"Text cannot be parsed to a {what}: \"{text}\"",
            "InvalidArgumentValue");

    public static void CheckRange(string field, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            InvalidValue($"Invalid value for {field} (valid values {min} - {max}): {value}");
        }
    }
}
