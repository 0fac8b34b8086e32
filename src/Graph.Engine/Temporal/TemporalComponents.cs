using Graph.Core.Values;

namespace Graph.Engine.Temporal;

/// <summary>
/// Property access on temporal values (date.year, datetime.timezone, duration.months...). Returns false when
/// <paramref name="value"/> is not temporal or has no such component, so the caller decides the error.
/// Component names and meanings are Neo4j's (Cypher manual, "Temporal values: accessing components").
/// Thread-safe (stateless).
/// </summary>
public static class TemporalComponents
{
    public static bool TryGet(object value, string component, out object? result)
    {
        result = value switch
        {
            CypherDuration d => DurationComponent(d, component),
            CypherDate d => DateComponent(d.EpochDays, component),
            CypherLocalTime t => TimeComponent(t.NanosOfDay, component),
            CypherTime t => TimeComponent(t.NanosOfDay, component) ?? ZoneComponent(TemporalZone.Offset(t.OffsetSeconds), t.OffsetSeconds, component),
            CypherLocalDateTime l => DateComponent(TemporalValues.DateOf(l)!.Value, component)
                ?? TimeComponent(TemporalValues.TimeOf(l)!.Value, component),
            CypherDateTime z => DateComponent(TemporalValues.DateOf(z)!.Value, component)
                ?? TimeComponent(TemporalValues.TimeOf(z)!.Value, component)
                ?? ZoneComponent(TemporalValues.ZoneOf(z), z.OffsetSeconds, component)
                ?? EpochComponent(z, component),
            _ => null,
        };
        return result is not null;
    }

    private static object? DateComponent(long days, string component)
    {
        switch (component)
        {
            case "year": return IsoCalendar.Civil(days).Year;
            case "quarter": return (long)IsoCalendar.Quarter(IsoCalendar.Civil(days).Month);
            case "month": return (long)IsoCalendar.Civil(days).Month;
            case "week": return (long)IsoCalendar.WeekDate(days).Week;
            case "weekYear": return IsoCalendar.WeekDate(days).WeekYear;
            case "day": return (long)IsoCalendar.Civil(days).Day;
            case "ordinalDay": return (long)IsoCalendar.OrdinalDay(days);
            case "dayOfWeek" or "weekDay": return (long)IsoCalendar.DayOfWeek(days);
            case "dayOfQuarter": return (long)IsoCalendar.DayOfQuarter(days);
            default: return null;
        }
    }

    private static object? TimeComponent(long nanosOfDay, string component) => component switch
    {
        "hour" => nanosOfDay / (3600 * IsoCalendar.NanosPerSecond),
        "minute" => nanosOfDay / (60 * IsoCalendar.NanosPerSecond) % 60,
        "second" => nanosOfDay / IsoCalendar.NanosPerSecond % 60,
        "millisecond" => nanosOfDay % IsoCalendar.NanosPerSecond / 1_000_000,
        "microsecond" => nanosOfDay % IsoCalendar.NanosPerSecond / 1_000,
        "nanosecond" => nanosOfDay % IsoCalendar.NanosPerSecond,
        _ => null,
    };

    private static object? ZoneComponent(TemporalZone zone, int offsetSeconds, string component) => component switch
    {
        "timezone" => zone.Name,
        "offset" => TemporalFormat.Offset(offsetSeconds),
        "offsetMinutes" => (long)(offsetSeconds / 60),
        "offsetSeconds" => (long)offsetSeconds,
        _ => null,
    };

    private static object? EpochComponent(CypherDateTime z, string component) => component switch
    {
        "epochSeconds" => z.EpochSeconds,
        "epochMillis" => z.EpochSeconds * 1000 + z.Nanos / 1_000_000,
        _ => null,
    };

    private static object? DurationComponent(CypherDuration d, string component) => component switch
    {
        "years" => d.Months / 12,
        "quarters" => d.Months / 3,
        "months" => d.Months,
        "weeks" => d.Days / 7,
        "days" => d.Days,
        "hours" => d.Seconds / 3600,
        "minutes" => d.Seconds / 60,
        "seconds" => d.Seconds,
        "milliseconds" => d.Seconds * 1000 + d.Nanos / 1_000_000,
        "microseconds" => d.Seconds * 1_000_000 + d.Nanos / 1_000,
        "nanoseconds" => d.Seconds * 1_000_000_000 + d.Nanos,
        "quartersOfYear" => d.Months % 12 / 3,
        "monthsOfQuarter" => d.Months % 3,
        "monthsOfYear" => d.Months % 12,
        "daysOfWeek" => d.Days % 7,
        "minutesOfHour" => d.Seconds / 60 % 60,
        "secondsOfMinute" => d.Seconds % 60,
        "millisecondsOfSecond" => (long)(d.Nanos / 1_000_000),
        "microsecondsOfSecond" => (long)(d.Nanos / 1_000),
        "nanosecondsOfSecond" => (long)d.Nanos,
        _ => null,
    };
}
