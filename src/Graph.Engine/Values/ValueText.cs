using System.Globalization;
using Graph.Core.Values;

namespace Graph.Engine.Values;

/// <summary>
/// Text of values as Neo4j's toString() and string concatenation produce it. Neo4j runs on the JVM, so
/// floats follow Java's Double.toString: plain decimals for 1e-3 ≤ |x| &lt; 1e7, otherwise "1.0E10" style,
/// always with a digit after the point, with the shortest digits that round-trip. Thread-safe (stateless).
/// </summary>
public static class ValueText
{
    public static string FormatFloat(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        if (value == 0) return double.IsNegative(value) ? "-0.0" : "0.0";
        var (digits, exponent) = ShortestDigits(Math.Abs(value));
        var sign = value < 0 ? "-" : "";
        var magnitude = Math.Abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e7) return sign + PlainDecimal(digits, exponent);
        var mantissa = digits[..1] + "." + (digits.Length > 1 ? digits[1..] : "0");
        return sign + mantissa + "E" + exponent.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Text for the scalar types toString() accepts; null for types it rejects (lists, maps, entities).</summary>
    public static string? ToText(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => FormatFloat(d),
        CypherDate or CypherTime or CypherLocalTime or CypherDateTime or CypherLocalDateTime or CypherDuration
            or CypherPoint => value.ToString(),
        _ => null,
    };

    /// <summary>Digits d1d2...dn (no trailing zeros) and e with magnitude = d1.d2...dn × 10^e, shortest round-trip form.</summary>
    internal static (string Digits, int Exponent) ShortestDigits(double magnitude)
    {
        var shortest = magnitude.ToString("R", CultureInfo.InvariantCulture);
        // "R" gives the shortest round-trip digits but in either plain or exponent form; normalise it.
        var exponentAt = shortest.IndexOfAny(['E', 'e']);
        var mantissa = exponentAt < 0 ? shortest : shortest[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(shortest[(exponentAt + 1)..], CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.');
        var integerPart = point < 0 ? mantissa : mantissa[..point];
        var fractionPart = point < 0 ? "" : mantissa[(point + 1)..];
        var all = integerPart + fractionPart;
        var leadingZeros = all.Length - all.TrimStart('0').Length;
        var digits = all.Trim('0');
        exponent += integerPart.Length - 1 - leadingZeros;
        if (digits.Length == 1)
        {
            // Java always prints two significant digits and picks the nearest ones: 4.9E-324, not 5.0E-324.
            var two = magnitude.ToString("E1", CultureInfo.InvariantCulture);
            digits = (two[0].ToString() + two[2]).TrimEnd('0');
            exponent = int.Parse(two[4..], CultureInfo.InvariantCulture);
        }
        return (digits, exponent);
    }

    private static string PlainDecimal(string digits, int exponent)
    {
        if (exponent < 0) return "0." + new string('0', -exponent - 1) + digits;
        if (digits.Length <= exponent + 1) return digits + new string('0', exponent + 1 - digits.Length) + ".0";
        return digits[..(exponent + 1)] + "." + digits[(exponent + 1)..];
    }
}
