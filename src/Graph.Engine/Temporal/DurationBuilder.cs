using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Core.Values;

namespace Graph.Engine.Temporal;

/// <summary>
/// Durations from maps and ISO-8601 text, with Neo4j's normalisation: months, days, seconds and nanoseconds
/// are kept apart; a fractional component spills into the next smaller one (a month is 30.436875 days, the
/// average Gregorian month, a day 86,400 seconds), and nanoseconds are kept in [0, 10^9).
/// Thread-safe (stateless).
/// </summary>
internal static partial class DurationBuilder
{
    /// <summary>Average Gregorian month length in days (365.2425 / 12), as java.time and Neo4j use.</summary>
    public const double AverageDaysPerMonth = 30.436875;

    private static readonly string[] Units =
    [
        "years", "quarters", "months", "weeks", "days", "hours", "minutes", "seconds",
        "milliseconds", "microseconds", "nanoseconds",
    ];

    /// <summary>Normalised duration: seconds absorb whole seconds of nanos, nanos end in [0, 10^9).</summary>
    public static CypherDuration Create(long months, long days, long seconds, long nanos)
    {
        checked
        {
            seconds += IsoCalendar.FloorDiv(nanos, IsoCalendar.NanosPerSecond);
            return new CypherDuration(months, days, seconds, (int)IsoCalendar.FloorMod(nanos, IsoCalendar.NanosPerSecond));
        }
    }

    /// <summary>Neo4j's DurationValue.approximate: whole parts are kept, fractions spill down a unit.</summary>
    public static CypherDuration Approximate(double months, double days, double seconds, double nanos)
    {
        var wholeMonths = ToLong(months);
        days += (months - wholeMonths) * AverageDaysPerMonth;
        var wholeDays = ToLong(days);
        seconds += (days - wholeDays) * IsoCalendar.SecondsPerDay;
        var wholeSeconds = ToLong(seconds);
        nanos += (seconds - wholeSeconds) * IsoCalendar.NanosPerSecond;
        return Create(wholeMonths, wholeDays, wholeSeconds, ToLong(nanos));
    }

    public static CypherDuration FromMap(IReadOnlyDictionary<string, object?> map)
    {
        if (map.Count == 0)
        {
            TemporalErrors.InvalidValue("At least one temporal unit must be specified.");
        }
        var values = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in map)
        {
            if (!Units.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                TemporalErrors.InvalidValue($"No such field: {key}");
            }
            values[key] = value switch
            {
                long or double => value,
                _ => TemporalErrors.InvalidValue<object>(
                    $"{key} must be a number value, but was a {CypherValue.TypeName(value)}"),
            };
        }
        return FromUnits(unit => values.GetValueOrDefault(unit));
    }

    private static CypherDuration FromUnits(Func<string, object?> unit)
    {
        if (Units.All(u => unit(u) is null or long))
        {
            long L(string u) => unit(u) is long l ? l : 0;
            checked
            {
                return Create(
                    L("years") * 12 + L("quarters") * 3 + L("months"),
                    L("weeks") * 7 + L("days"),
                    L("hours") * 3600 + L("minutes") * 60 + L("seconds"),
                    L("milliseconds") * 1_000_000 + L("microseconds") * 1_000 + L("nanoseconds"));
            }
        }
        double D(string u) => unit(u) switch { long l => l, double d => d, _ => 0 };
        return Approximate(
            D("years") * 12 + D("quarters") * 3 + D("months"),
            D("weeks") * 7 + D("days"),
            D("hours") * 3600 + D("minutes") * 60 + D("seconds"),
            D("milliseconds") * 1_000_000 + D("microseconds") * 1_000 + D("nanoseconds"));
    }

    private static readonly string[] UnitGroups = ["years", "months", "weeks", "days", "hours", "minutes", "seconds"];

    public static CypherDuration Parse(string text)
    {
        var match = UnitPattern().Match(text);
        if (match.Success && UnitGroups.Any(name => match.Groups[name].Success))
        {
            return FromMatch(match);
        }
        match = DatePattern().Match(text);
        if (match.Success)
        {
            return FromMatch(match);
        }
        TemporalErrors.Unparsable("Duration", text);
        return default;
    }

    private static CypherDuration FromMatch(Match match)
    {
        var sign = match.Groups["sign"].Value == "-" ? -1 : 1;
        var values = new Dictionary<string, object>();
        foreach (var name in new[] { "years", "months", "weeks", "days", "hours", "minutes" })
        {
            if (match.Groups[name].Success)
            {
                values[name] = Number(match.Groups[name].Value, sign);
            }
        }
        if (match.Groups["seconds"].Success)
        {
            var secondsText = match.Groups["seconds"].Value;
            values["seconds"] = sign * long.Parse(secondsText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            if (match.Groups["fraction"].Success)
            {
                var negative = secondsText.StartsWith('-') != (sign < 0);
                var fraction = TemporalParser.Fraction(match.Groups["fraction"].Value);
                values["nanoseconds"] = negative ? -fraction : fraction;
            }
        }
        return FromUnits(unit => values.GetValueOrDefault(unit));
    }

    private static object Number(string text, int sign)
    {
        text = text.Replace(',', '.');
        return text.Contains('.')
            ? sign * double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)
            : sign * long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    private static long ToLong(double value)
    {
        if (double.IsNaN(value) || value >= 9.2233720368547758E18 || value <= -9.2233720368547758E18)
        {
            throw new Graph.Core.GraphException(Graph.Core.StatusCodes.ArithmeticError,
                "Duration value out of range", "InvalidArgumentValue");
        }
        return (long)value;
    }

    private const string Num = "[-+]?[0-9]+(?:[.,][0-9]+)?";

    [GeneratedRegex("^(?<sign>[-+]?)P(?:(?<years>" + Num + ")Y)?(?:(?<months>" + Num + ")M)?(?:(?<weeks>" + Num + ")W)?"
        + "(?:(?<days>" + Num + ")D)?(?<T>T(?:(?<hours>" + Num + ")H)?(?:(?<minutes>" + Num + ")M)?"
        + "(?:(?<seconds>[-+]?[0-9]+)(?:[.,](?<fraction>[0-9]{1,9}))?S)?)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitPattern();

    // The alternative format P<date>T<time>, e.g. P2012-02-02T14:37:21.545 (basic or extended).
    [GeneratedRegex("^(?<sign>[-+]?)P(?<years>[0-9]{4})-?(?<months>[0-9]{2})-?(?<days>[0-9]{2})"
        + "(?:T(?<hours>[0-9]{2}):?(?<minutes>[0-9]{2}):?(?<seconds>[0-9]{2})(?:[.,](?<fraction>[0-9]{1,9}))?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
