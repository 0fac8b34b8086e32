using Graph.Core;
using Graph.Core.Values;

namespace Graph.Engine.Functions;

/// <summary>
/// Argument checks shared by the scalar functions, raising the Neo4j code and TCK detail for each kind of
/// misuse: a wrong type is a TypeError (InvalidArgumentType), an out-of-range number an ArgumentError
/// (NumberOutOfRange). Thread-safe (stateless).
/// </summary>
internal static class FunctionArguments
{
    public static GraphException InvalidType(string function, object? value, string expected) =>
        new(StatusCodes.TypeError,
            $"Type mismatch: {function}() expected {expected} but was {CypherValue.TypeName(value)}.",
            "InvalidArgumentType");

    public static GraphException OutOfRange(string function, string message) =>
        new(StatusCodes.ArgumentError, $"Invalid input for {function}(): {message}", "NumberOutOfRange");

    public static GraphException InvalidValue(string function, string message) =>
        new(StatusCodes.ArgumentError, $"Invalid input for {function}(): {message}", "InvalidArgumentValue");

    public static string String(string function, object? value) =>
        value as string ?? throw InvalidType(function, value, "STRING");

    public static long Integer(string function, object? value) =>
        value is long l ? l : throw InvalidType(function, value, "INTEGER");

    /// <summary>A non-negative INTEGER that fits an int (string and list positions).</summary>
    public static int Index(string function, object? value, string what)
    {
        var number = Integer(function, value);
        if (number < 0) throw OutOfRange(function, $"{what} must be non-negative, but was {number}.");
        return number > int.MaxValue ? int.MaxValue : (int)number;
    }

    public static double Number(string function, object? value) => value switch
    {
        long l => l,
        double d => d,
        _ => throw InvalidType(function, value, "FLOAT or INTEGER"),
    };

    public static IReadOnlyList<object?> List(string function, object? value) =>
        value as IReadOnlyList<object?> ?? throw InvalidType(function, value, "LIST");

    /// <summary>A function of one argument that maps null to null.</summary>
    public static FunctionDefinition Unary(string name, Func<object, object?> body) =>
        new(name, 1, 1, (arguments, _) => arguments[0] is { } value ? body(value) : null);

    /// <summary>A FLOAT function of one number that maps null to null.</summary>
    public static FunctionDefinition Math(string name, Func<double, double> body) =>
        Unary(name, value => body(Number(name, value)));
}
