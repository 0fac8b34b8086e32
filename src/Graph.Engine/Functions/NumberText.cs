using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Graph.Engine.Functions;

/// <summary>
/// Parsing of numbers from strings as Neo4j's toInteger/toFloat do on the JVM: integers by Long.parseLong,
/// falling back to a BigDecimal truncated towards zero ('1.9' → 1, '1e3' → 1000); floats by
/// Double.parseDouble (surrounding whitespace, NaN, Infinity, a trailing f/d allowed). Thread-safe.
/// </summary>
internal static partial class NumberText
{
    [GeneratedRegex(@"^(?<sign>[+-]?)(?<int>[0-9]*)(?:\.(?<frac>[0-9]*))?(?:[eE](?<exp>[+-]?[0-9]+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalPattern();

    [GeneratedRegex(@"^[+-]?(NaN|Infinity|(([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?))[fFdD]?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();

    /// <summary>The integer a string denotes, truncated; null if not a number or (with tooLarge set) beyond 64 bits.</summary>
    public static long? ParseInteger(string text, out bool tooLarge)
    {
        tooLarge = false;
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var direct)) return direct;
        var match = DecimalPattern().Match(text);
        var integerDigits = match.Groups["int"].Value;
        var fractionDigits = match.Groups["frac"].Value;
        if (!match.Success || integerDigits.Length + fractionDigits.Length == 0) return null;
        var exponentText = match.Groups["exp"].Value;
        if (exponentText.Length > 0 && !int.TryParse(exponentText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            // An exponent beyond int range: either astronomically large or zero after truncation.
            tooLarge = !exponentText.StartsWith('-') && (integerDigits + fractionDigits).Trim('0').Length > 0;
            return tooLarge ? null : 0;
        }
        var exponent = exponentText.Length > 0 ? int.Parse(exponentText, CultureInfo.InvariantCulture) : 0;
        var magnitude = Truncate(integerDigits + fractionDigits, exponent - fractionDigits.Length);
        var value = match.Groups["sign"].Value == "-" ? -magnitude : magnitude;
        if (value is null || value > long.MaxValue || value < long.MinValue)
        {
            tooLarge = true;
            return null;
        }
        return (long)value.Value;
    }

    // digits × 10^scale, truncated towards zero; null when far beyond the long range.
    private static BigInteger? Truncate(string digits, int scale)
    {
        digits = digits.TrimStart('0');
        if (digits.Length == 0) return BigInteger.Zero;
        if (scale < 0)
        {
            digits = -scale >= digits.Length ? "0" : digits[..(digits.Length + scale)];
            scale = 0;
        }
        // A long has at most 19 digits; anything much longer is out of range without computing it.
        if (digits.TrimStart('0').Length + scale > 20) return null;
        return BigInteger.Parse(digits, CultureInfo.InvariantCulture) * BigInteger.Pow(10, scale);
    }

    /// <summary>The double a string denotes, or null when it is not a Java floating-point literal.</summary>
    public static double? ParseFloat(string text)
    {
        var trimmed = text.Trim(WhitespaceAndControl);
        if (!FloatPattern().IsMatch(trimmed)) return null;
        var core = trimmed.TrimEnd('f', 'F', 'd', 'D');
        return double.Parse(core, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    // Java's String.trim removes every char up to U+0020.
    private static readonly char[] WhitespaceAndControl = Enumerable.Range(0, 0x21).Select(c => (char)c).ToArray();
}
