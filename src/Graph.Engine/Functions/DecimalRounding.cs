using System.Globalization;
using System.Numerics;
using Graph.Core;
using Graph.Engine.Values;

namespace Graph.Engine.Functions;

/// <summary>
/// round(value, precision, mode) as Neo4j computes it: on the shortest decimal text of the double (Java's
/// BigDecimal.valueOf), not on its binary value, so round(2.675, 2) is 2.68. Works on digit strings, so any
/// precision and magnitude is exact. Thread-safe (stateless).
/// </summary>
internal static class DecimalRounding
{
    private enum Remainder
    {
        BelowHalf,
        Half,
        AboveHalf,
    }

    public static double Round(double value, long precision, RoundingMode mode)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || value == 0) return value;
        var (digits, exponent) = ValueText.ShortestDigits(Math.Abs(value));
        // Digits at or above 10^-precision are kept: that is exponent + 1 + precision of them.
        var kept = Math.Clamp(exponent + 1 + precision, -1, digits.Length);
        if (kept >= digits.Length) return value;
        if (mode == RoundingMode.Unnecessary)
        {
            throw new GraphException(StatusCodes.ArgumentError,
                $"Invalid input for round(): rounding {ValueText.FormatFloat(value)} to {precision} decimal places is necessary.",
                "InvalidArgumentValue");
        }
        var keptDigits = kept <= 0 ? "0" : digits[..(int)kept];
        var remainder = kept < 0 ? Remainder.BelowHalf : Classify(digits[(int)kept..]);
        var negative = value < 0;
        var magnitude = BigInteger.Parse(keptDigits, CultureInfo.InvariantCulture);
        if (AwayFromZero(mode, remainder, negative, magnitude.IsEven)) magnitude += 1;
        var result = double.Parse(magnitude.ToString(CultureInfo.InvariantCulture) + "E" + (-precision).ToString(CultureInfo.InvariantCulture),
            CultureInfo.InvariantCulture);
        // BigDecimal has no negative zero.
        return negative && result != 0 ? -result : result;
    }

    private static Remainder Classify(string dropped) => dropped[0] switch
    {
        < '5' => Remainder.BelowHalf,
        > '5' => Remainder.AboveHalf,
        _ => dropped.Length > 1 ? Remainder.AboveHalf : Remainder.Half,
    };

    private static bool AwayFromZero(RoundingMode mode, Remainder remainder, bool negative, bool lastKeptEven) => mode switch
    {
        RoundingMode.Up => true,
        RoundingMode.Down => false,
        RoundingMode.Ceiling => !negative,
        RoundingMode.Floor => negative,
        RoundingMode.HalfUp => remainder != Remainder.BelowHalf,
        RoundingMode.HalfDown => remainder == Remainder.AboveHalf,
        RoundingMode.HalfEven => remainder == Remainder.AboveHalf || (remainder == Remainder.Half && !lastKeptEven),
        _ => throw new ArgumentOutOfRangeException(nameof(mode)),
    };
}
