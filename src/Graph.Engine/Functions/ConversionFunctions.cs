using Graph.Core;
using Graph.Core.Values;
using Graph.Engine.Values;
using static Graph.Engine.Functions.FunctionArguments;

namespace Graph.Engine.Functions;

/// <summary>
/// Type conversion functions (Neo4j 5 "Scalar functions", TCK typeConversion): toString, toInteger,
/// toFloat, toBoolean, their ...OrNull forms (null instead of an error for unconvertible types) and the
/// ...List forms (element-wise ...OrNull). Unparsable strings give null; unconvertible types a TypeError with
/// detail InvalidArgumentValue, as the TCK expects. Thread-safe (stateless).
/// </summary>
internal static class ConversionFunctions
{
    public static void Register(FunctionRegistry registry)
    {
        Add(registry, "tostring", ToText);
        Add(registry, "tointeger", ToInteger);
        Add(registry, "tofloat", ToFloat);
        Add(registry, "toboolean", ToBoolean);
    }

    // Registers name, nameOrNull and the list form (toStringList...) of one conversion.
    private static void Add(FunctionRegistry registry, string name, Func<object, bool, object?> convert)
    {
        registry.Add(Unary(name, value => convert(value, false)));
        registry.Add(Unary(name + "ornull", value => convert(value, true)));
        registry.Add(Unary(name + "list", value => List(name + "List", value)
            .Select(item => item is null ? null : convert(item, true)).ToList()));
    }

    private static object? ToText(object value, bool orNull) =>
        ValueText.ToText(value) ?? Unconvertible("toString", value, orNull);

    private static object? ToInteger(object value, bool orNull) => value switch
    {
        long => value,
        double d => FloatToInteger(d),
        bool b => b ? 1L : 0L,
        string s => NumberText.ParseInteger(s, out var tooLarge) ?? (tooLarge && !orNull ? throw TooLarge(s) : null),
        _ => Unconvertible("toInteger", value, orNull),
    };

    // Java's (long) cast, which Neo4j applies: truncation towards zero, saturating, NaN to 0.
    private static long FloatToInteger(double d)
    {
        if (double.IsNaN(d)) return 0;
        if (d >= 9.223372036854775807e18) return long.MaxValue;
        if (d <= -9.223372036854775808e18) return long.MinValue;
        return (long)d;
    }

    private static object? ToFloat(object value, bool orNull) => value switch
    {
        double => value,
        long l => (double)l,
        string s => NumberText.ParseFloat(s),
        _ => Unconvertible("toFloat", value, orNull),
    };

    private static object? ToBoolean(object value, bool orNull) => value switch
    {
        bool => value,
        long l => l != 0,
        string s => s.Trim().ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            _ => null,
        },
        _ => Unconvertible("toBoolean", value, orNull),
    };

    private static object? Unconvertible(string function, object value, bool orNull) => orNull
        ? null
        : throw new GraphException(StatusCodes.TypeError,
            $"Invalid input for function '{function}()': Expected a value convertible by {function}, but got: {CypherValue.TypeName(value)}.",
            "InvalidArgumentValue");

    private static GraphException TooLarge(string text) =>
        new(StatusCodes.TypeError, $"integer, {text}, is too large", "InvalidArgumentValue");
}
