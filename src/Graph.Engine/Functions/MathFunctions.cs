using Graph.Core;
using Graph.Engine.Values;
using static Graph.Engine.Functions.FunctionArguments;

namespace Graph.Engine.Functions;

/// <summary>
/// Numeric, logarithmic and trigonometric functions (Neo4j 5 "Mathematical functions"). They take INTEGER
/// or FLOAT, give null for null, and follow Java's Math (which Neo4j calls) for the IEEE edge cases.
/// abs and sign keep INTEGER for INTEGER input; the rest answer FLOAT. Thread-safe (rand() uses the shared
/// thread-safe generator).
/// </summary>
internal static class MathFunctions
{
    public static void Register(FunctionRegistry registry)
    {
        registry.Add(Unary("abs", Abs));
        registry.Add(Unary("sign", Sign));
        registry.Add(Math("ceil", System.Math.Ceiling));
        registry.Add(Math("floor", System.Math.Floor));
        registry.Add(new FunctionDefinition("round", 1, 3, (a, _) => Round(a)));
        registry.Add(Math("sqrt", System.Math.Sqrt));
        registry.Add(Math("exp", System.Math.Exp));
        registry.Add(Math("log", System.Math.Log));
        registry.Add(Math("log10", System.Math.Log10));
        registry.Add(Math("sin", System.Math.Sin));
        registry.Add(Math("cos", System.Math.Cos));
        registry.Add(Math("tan", System.Math.Tan));
        registry.Add(Math("cot", x => 1.0 / System.Math.Tan(x)));
        registry.Add(Math("asin", System.Math.Asin));
        registry.Add(Math("acos", System.Math.Acos));
        registry.Add(Math("atan", System.Math.Atan));
        registry.Add(new FunctionDefinition("atan2", 2, 2, (a, _) =>
            a[0] is null || a[1] is null ? null : System.Math.Atan2(Number("atan2", a[0]), Number("atan2", a[1]))));
        registry.Add(Math("degrees", x => x * (180.0 / System.Math.PI)));
        registry.Add(Math("radians", x => x / 180.0 * System.Math.PI));
        registry.Add(Math("haversin", x => (1.0 - System.Math.Cos(x)) / 2.0));
        registry.Add(Unary("isnan", value => double.IsNaN(Number("isNaN", value))));
        registry.Add(new FunctionDefinition("e", 0, 0, (_, _) => System.Math.E));
        registry.Add(new FunctionDefinition("pi", 0, 0, (_, _) => System.Math.PI));
        registry.Add(new FunctionDefinition("rand", 0, 0, (_, _) => Random.Shared.NextDouble()) { IsDeterministic = false });
    }

    private static object Abs(object value) => value switch
    {
        long l when l == long.MinValue => throw new GraphException(StatusCodes.ArithmeticError, "long overflow", "IntegerOverflow"),
        long l => (object)System.Math.Abs(l),
        _ => System.Math.Abs(Number("abs", value)),
    };

    private static object Sign(object value)
    {
        if (value is long l) return (long)System.Math.Sign(l);
        var d = Number("sign", value);
        // Java's signum keeps NaN, and converting that to an integer gives 0.
        return double.IsNaN(d) ? 0L : (long)System.Math.Sign(d);
    }

    private static object? Round(ReadOnlySpan<object?> a)
    {
        if (a[0] is null || (a.Length > 1 && a[1] is null) || (a.Length > 2 && a[2] is null)) return null;
        var value = Number("round", a[0]);
        if (a.Length == 1) return RoundHalfUp(value);
        var precision = Integer("round", a[1]);
        var mode = a.Length > 2 ? ParseMode(String("round", a[2])) : RoundingMode.HalfUp;
        return DecimalRounding.Round(value, precision, mode);
    }

    // Java's Math.round, which round(x) uses: halves go towards positive infinity (round(-1.5) = -1.0).
    private static double RoundHalfUp(double value)
    {
        // From 2^52 on every double is already an integer.
        if (double.IsNaN(value) || double.IsInfinity(value) || System.Math.Abs(value) >= 4503599627370496.0) return value;
        var floor = System.Math.Floor(value);
        // value - floor is exact here, unlike value + 0.5, which rounds 0.49999999999999994 up to 1.
        return value - floor >= 0.5 ? floor + 1 : floor + 0.0;
    }

    private static RoundingMode ParseMode(string name) => name.ToUpperInvariant() switch
    {
        "UP" => RoundingMode.Up,
        "DOWN" => RoundingMode.Down,
        "CEILING" => RoundingMode.Ceiling,
        "FLOOR" => RoundingMode.Floor,
        "HALF_UP" => RoundingMode.HalfUp,
        "HALF_DOWN" => RoundingMode.HalfDown,
        "HALF_EVEN" => RoundingMode.HalfEven,
        "UNNECESSARY" => RoundingMode.Unnecessary,
        _ => throw InvalidValue("round", $"unknown rounding mode '{name}'."),
    };
}
