using Graph.Core.Values;

namespace Graph.Engine.Temporal;

/// <summary>
/// Builds temporal values from construction maps, as Neo4j's temporal builders do: calendar, week, ordinal
/// and quarter dates; time fields with millisecond/microsecond/nanosecond adding up; and selection from other
/// temporal values ({date: x, time: y, datetime: z}) where explicit fields override the selected ones and a
/// timezone converts a zoned source (keeping the instant) or is attached to a local one.
/// Thread-safe (stateless).
/// </summary>
internal static class TemporalBuilder
{
    public static long CalendarDate(long year, long month, long day)
    {
        CheckYear(year);
        TemporalErrors.CheckRange("MonthOfYear", month, 1, 12);
        TemporalErrors.CheckRange("DayOfMonth", day, 1, IsoCalendar.DaysInMonth(year, (int)month));
        return IsoCalendar.Days(year, (int)month, (int)day);
    }

    public static long WeekDate(long weekYear, long week, long dayOfWeek)
    {
        CheckYear(weekYear);
        TemporalErrors.CheckRange("Week", week, 1, IsoCalendar.WeeksInWeekYear(weekYear));
        TemporalErrors.CheckRange("DayOfWeek", dayOfWeek, 1, 7);
        return IsoCalendar.WeekYearStart(weekYear) + (week - 1) * 7 + (dayOfWeek - 1);
    }

    public static void CheckYear(long year) => TemporalErrors.CheckRange("Year", year, -999_999_999, 999_999_999);

    /// <summary>The date from the map's date fields over an optional base date (epoch days).</summary>
    public static long BuildDate(TemporalFields f, long? baseDays)
    {
        var year = f.Long("year");
        if (f.HasAny("week", "dayOfWeek"))
        {
            var baseWeek = baseDays is { } b ? IsoCalendar.WeekDate(b) : ((long, int, int)?)null;
            var weekYear = year ?? baseWeek?.Item1 ?? Missing("year");
            var week = f.Long("week") ?? baseWeek?.Item2 ?? Missing("week");
            return WeekDate(weekYear, week, f.Long("dayOfWeek") ?? baseWeek?.Item3 ?? 1);
        }
        var baseCivil = baseDays is { } days ? IsoCalendar.Civil(days) : ((long, int, int)?)null;
        var y = year ?? baseCivil?.Item1 ?? Missing("year");
        if (f.Has("ordinalDay"))
        {
            var ordinal = f.Long("ordinalDay")!.Value;
            CheckYear(y);
            TemporalErrors.CheckRange("DayOfYear", ordinal, 1, IsoCalendar.DaysInYear(y));
            return IsoCalendar.Days(y, 1, 1) + ordinal - 1;
        }
        if (f.HasAny("quarter", "dayOfQuarter"))
        {
            var quarter = f.Long("quarter") ?? (baseCivil is { } c ? IsoCalendar.Quarter(c.Item2) : Missing("quarter"));
            CheckYear(y);
            TemporalErrors.CheckRange("QuarterOfYear", quarter, 1, 4);
            var dayOfQuarter = f.Long("dayOfQuarter") ?? (baseDays is { } bd ? IsoCalendar.DayOfQuarter(bd) : 1);
            TemporalErrors.CheckRange("DayOfQuarter", dayOfQuarter, 1, IsoCalendar.DaysInQuarter(y, (int)quarter));
            return IsoCalendar.QuarterStart(y, (int)quarter) + dayOfQuarter - 1;
        }
        return CalendarDate(y, f.Long("month") ?? baseCivil?.Item2 ?? 1, f.Long("day") ?? baseCivil?.Item3 ?? 1);
    }

    /// <summary>The local time (nanosecond of day) from the map's time fields over an optional base time.</summary>
    public static long BuildTime(TemporalFields f, long? baseNanos)
    {
        var b = baseNanos ?? 0;
        var hour = f.Long("hour") ?? b / (3600 * IsoCalendar.NanosPerSecond);
        var minute = f.Long("minute") ?? b / (60 * IsoCalendar.NanosPerSecond) % 60;
        var second = f.Long("second") ?? b / IsoCalendar.NanosPerSecond % 60;
        TemporalErrors.CheckRange("HourOfDay", hour, 0, 23);
        TemporalErrors.CheckRange("MinuteOfHour", minute, 0, 59);
        TemporalErrors.CheckRange("SecondOfMinute", second, 0, 59);
        return TemporalValues.NanosOfDay(hour, minute, second, SubSecond(f, b % IsoCalendar.NanosPerSecond));
    }

    private static long SubSecond(TemporalFields f, long baseFraction)
    {
        if (!f.HasAny("millisecond", "microsecond", "nanosecond"))
        {
            return baseFraction;
        }
        var milli = f.Long("millisecond");
        var micro = f.Long("microsecond");
        var nano = f.Long("nanosecond");
        TemporalErrors.CheckRange("MilliOfSecond", milli ?? 0, 0, 999);
        TemporalErrors.CheckRange("MicroOfSecond", micro ?? 0, 0, milli is null ? 999_999 : 999);
        TemporalErrors.CheckRange("NanoOfSecond", nano ?? 0, 0, milli is null && micro is null ? 999_999_999 : 999);
        return (milli ?? 0) * 1_000_000 + (micro ?? 0) * 1_000 + (nano ?? 0);
    }

    public static CypherDate Date(TemporalFields f)
    {
        var baseDays = Source(f, "date", TemporalValues.DateOf);
        if (baseDays is null && !f.Has("year"))
        {
            Missing("year");
        }
        return new CypherDate(BuildDate(f, baseDays));
    }

    public static CypherLocalTime LocalTime(TemporalFields f)
    {
        var baseTime = Source(f, "time", TemporalValues.TimeOf);
        if (baseTime is null && !f.Has("hour")) Missing("hour");
        return new CypherLocalTime(BuildTime(f, baseTime));
    }

    public static CypherTime Time(TemporalFields f, TemporalZone defaultZone, long nowUtcSeconds)
    {
        var source = f.Raw("time");
        var baseTime = Source(f, "time", TemporalValues.TimeOf);
        if (baseTime is null && !f.Has("hour")) Missing("hour");
        var nanos = BuildTime(f, baseTime);
        var target = f.Zone();
        var sourceOffset = TemporalValues.OffsetOf(source);
        if (target is { } zone)
        {
            var offset = zone.OffsetAt(nowUtcSeconds);
            return sourceOffset is { } from
                ? new CypherTime(TemporalValues.ShiftTime(nanos, from, offset), offset)
                : new CypherTime(nanos, offset);
        }
        return new CypherTime(nanos, sourceOffset ?? defaultZone.OffsetAt(nowUtcSeconds));
    }

    public static CypherLocalDateTime LocalDateTime(TemporalFields f)
    {
        var (days, nanos) = DateAndTime(f);
        return TemporalValues.LocalDateTime(days, nanos);
    }

    public static CypherDateTime DateTime(TemporalFields f, TemporalZone defaultZone)
    {
        if (f.HasAny("epochSeconds", "epochMillis"))
        {
            return FromEpoch(f, defaultZone);
        }
        var (days, nanos) = DateAndTime(f);
        var source = f.Has("datetime") ? f.Raw("datetime") : f.Raw("time");
        var target = f.Zone();
        if (TemporalValues.ZoneOfValue(source) is { } sourceZone)
        {
            var inSource = TemporalValues.DateTime(days, nanos, sourceZone, TemporalValues.OffsetOf(source));
            return target is { } zone ? TemporalValues.AtInstant(inSource.EpochSeconds, inSource.Nanos, zone) : inSource;
        }
        return TemporalValues.DateTime(days, nanos, target ?? defaultZone);
    }

    private static CypherDateTime FromEpoch(TemporalFields f, TemporalZone defaultZone)
    {
        var millis = f.Long("epochMillis");
        var seconds = f.Long("epochSeconds") ?? IsoCalendar.FloorDiv(millis ?? 0, 1000);
        var nanos = (f.Has("epochSeconds") ? 0 : IsoCalendar.FloorMod(millis ?? 0, 1000) * 1_000_000) + SubSecond(f, 0);
        seconds += nanos / IsoCalendar.NanosPerSecond;
        return TemporalValues.AtInstant(seconds, (int)(nanos % IsoCalendar.NanosPerSecond), f.Zone() ?? defaultZone);
    }

    private static (long Days, long Nanos) DateAndTime(TemporalFields f)
    {
        long? baseDays, baseTime;
        if (f.Has("datetime"))
        {
            baseDays = Source(f, "datetime", TemporalValues.DateOf);
            baseTime = Source(f, "datetime", TemporalValues.TimeOf);
        }
        else
        {
            baseDays = Source(f, "date", TemporalValues.DateOf);
            baseTime = Source(f, "time", TemporalValues.TimeOf);
        }
        if (baseDays is null && !f.Has("year")) Missing("year");
        return (BuildDate(f, baseDays), BuildTime(f, baseTime));
    }

    private static long? Source(TemporalFields f, string key, Func<object?, long?> part)
    {
        if (!f.Has(key)) return null;
        var value = f.Raw(key);
        return part(value) ?? TemporalErrors.InvalidValue<long>(
            $"Cannot select {key} from a value of type {CypherValue.TypeName(value)}");
    }

    private static long Missing(string field) =>
        TemporalErrors.InvalidValue<long>($"{field} must be specified");
}
