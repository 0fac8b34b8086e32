namespace Graph.Engine.Values;

/// <summary>
/// Exact comparison of Cypher numbers across INTEGER (long) and FLOAT (double): a long is never rounded to
/// a double first, so 2^53 + 1 differs from 2^53.0 as in Neo4j's NumberValues. NaN is handled by callers.
/// Thread-safe (stateless).
/// </summary>
internal static class NumberComparison
{
    // 2^63: the first double above long.MaxValue; -2^63 is exactly long.MinValue.
    private const double TwoPow63 = 9.223372036854775808e18;

    public static bool IsNumber(object? value) => value is long or double;

    public static bool IsNaN(object? value) => value is double d && double.IsNaN(d);

    /// <summary>Orders two non-NaN numbers exactly.</summary>
    public static int Compare(object a, object b) => (a, b) switch
    {
        (long x, long y) => x.CompareTo(y),
        (double x, double y) => x < y ? -1 : x > y ? 1 : 0,
        (long x, double y) => CompareLongDouble(x, y),
        (double x, long y) => -CompareLongDouble(y, x),
        _ => throw new ArgumentException("Both operands must be numbers."),
    };

    private static int CompareLongDouble(long l, double d)
    {
        if (d >= TwoPow63) return -1;
        if (d < -TwoPow63) return 1;
        // Here d lies in [-2^63, 2^63): its integer part converts to long exactly.
        var whole = (long)d;
        if (l != whole) return l.CompareTo(whole);
        var fraction = d - whole;
        return fraction > 0 ? -1 : fraction < 0 ? 1 : 0;
    }

    /// <summary>A hash equal for equal numbers of either type (1 and 1.0 hash alike).</summary>
    public static int Hash(double d)
    {
        if (double.IsNaN(d)) return int.MinValue + 7;
        if (d == Math.Floor(d) && d >= -TwoPow63 && d < TwoPow63) return ((long)d).GetHashCode();
        return d.GetHashCode();
    }
}
