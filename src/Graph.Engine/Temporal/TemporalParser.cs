using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.Engine.Temporal;

/// <summary>
/// ISO-8601 text → temporal parts, accepting every form Neo4j accepts: calendar (2015-07-21, 20150721,
/// 2015-07, 201507), week (2015-W30-2, 2015W302, 2015-W30), ordinal (2015-202, 2015202) and year-only dates,
/// signed years beyond 9999, basic and extended times with a fraction (. or ,), offsets (Z, ±HH, ±HHMM,
/// ±HH:MM[:SS]) and a [Zone/Id] suffix. Thread-safe (stateless, compiled patterns).
/// </summary>
internal static partial class TemporalParser
{
    private const string Year = "(?<year>[0-9]{4}|[+-][0-9]{1,9})";
    private const string DatePart = Year +
        "(?:-?W(?<week>[0-9]{2})(?:-?(?<dow>[0-9]))?" +
        "|-(?<month>[0-9]{2})(?:-(?<day>[0-9]{2}))?" +
        "|-?(?<ordinal>[0-9]{3})" +
        "|(?<month>[0-9]{2})(?<day>[0-9]{2})?)?";
    private const string TimePart =
        "(?<hour>[0-9]{2})(?::?(?<minute>[0-9]{2})(?::?(?<second>[0-9]{2})(?:[.,](?<fraction>[0-9]{1,9}))?)?)?";
    private const string ZonePart =
        "(?<offset>[Zz]|[+-][0-9]{2}(?::?[0-9]{2}(?::?[0-9]{2})?)?)?(?:\\[(?<zone>[^\\]]+)\\])?";

    public readonly record struct Parsed(long? EpochDays, long? NanosOfDay, int? Offset, string? ZoneId);

    public static Parsed Date(string text)
    {
        var match = DatePattern().Match(text);
        if (!match.Success) TemporalErrors.Unparsable("Date", text);
        return new Parsed(ReadDate(match, text), null, null, null);
    }

    public static Parsed Time(string text, string what)
    {
        var match = TimePattern().Match(text);
        if (!match.Success) TemporalErrors.Unparsable(what, text);
        var (offset, zone) = ReadZone(match);
        return new Parsed(null, ReadTime(match), offset, zone);
    }

    public static Parsed DateTime(string text, string what)
    {
        var match = DateTimePattern().Match(text);
        if (!match.Success) TemporalErrors.Unparsable(what, text);
        var (offset, zone) = ReadZone(match);
        return new Parsed(ReadDate(match, text), match.Groups["hour"].Success ? ReadTime(match) : 0, offset, zone);
    }

    private static long ReadDate(Match match, string text)
    {
        var year = long.Parse(match.Groups["year"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (match.Groups["week"].Success)
        {
            var week = Int(match, "week");
            var dow = match.Groups["dow"].Success ? Int(match, "dow") : 1;
            return TemporalBuilder.WeekDate(year, week, dow);
        }
        if (match.Groups["ordinal"].Success)
        {
            var ordinal = Int(match, "ordinal");
            TemporalErrors.CheckRange("DayOfYear", ordinal, 1, IsoCalendar.DaysInYear(year));
            return IsoCalendar.Days(year, 1, 1) + ordinal - 1;
        }
        var month = match.Groups["month"].Success ? Int(match, "month") : 1;
        var day = match.Groups["day"].Success ? Int(match, "day") : 1;
        return TemporalBuilder.CalendarDate(year, month, day);
    }

    private static long ReadTime(Match match)
    {
        var hour = Int(match, "hour");
        var minute = match.Groups["minute"].Success ? Int(match, "minute") : 0;
        var second = match.Groups["second"].Success ? Int(match, "second") : 0;
        TemporalErrors.CheckRange("HourOfDay", hour, 0, 23);
        TemporalErrors.CheckRange("MinuteOfHour", minute, 0, 59);
        TemporalErrors.CheckRange("SecondOfMinute", second, 0, 59);
        var nanos = match.Groups["fraction"].Success ? Fraction(match.Groups["fraction"].Value) : 0;
        return TemporalValues.NanosOfDay(hour, minute, second, nanos);
    }

    private static (int? Offset, string? Zone) ReadZone(Match match)
    {
        int? offset = null;
        if (match.Groups["offset"].Success && TemporalZone.TryParseOffset(match.Groups["offset"].Value, out var seconds))
        {
            offset = seconds;
        }
        return (offset, match.Groups["zone"].Success ? match.Groups["zone"].Value : null);
    }

    /// <summary>Up to nine fraction digits as nanoseconds ("142" → 142,000,000).</summary>
    public static long Fraction(string digits) =>
        long.Parse(digits.PadRight(9, '0'), CultureInfo.InvariantCulture);

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("^" + DatePart + "$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex("^" + TimePart + ZonePart + "$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex("^" + DatePart + "(?:[Tt]" + TimePart + ")?" + ZonePart + "$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();
}
