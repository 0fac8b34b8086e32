using Graph.Core.Values;

namespace Graph.Engine.Temporal;

/// <summary>
/// X.truncate(unit, value, map): truncates the value's local date and time to the unit (millennium … microsecond),
/// then applies the map's fields over the result. A timezone in the map replaces the zone without converting
/// the wall time, as Neo4j does. Thread-safe (stateless).
/// </summary>
internal static class TemporalTruncation
{
    private static readonly string[] DateUnits = ["millennium", "century", "decade", "year", "weekYear", "quarter", "month", "week", "day"];
    private static readonly string[] TimeUnits = ["day", "hour", "minute", "second", "millisecond", "microsecond"];

    public static object Truncate(string target, string unit, object value, IReadOnlyDictionary<string, object?>? map,
        TemporalZone defaultZone, long nowUtcSeconds)
    {
        var hasDate = target is "date" or "localdatetime" or "datetime";
        var hasTime = target is not "date";
        var validUnit = (hasDate && DateUnits.Contains(unit)) || (hasTime && TimeUnits.Contains(unit));
        if (!validUnit)
        {
            TemporalErrors.InvalidValue($"Unit '{unit}' is not supported for truncating to {target}");
        }
        var days = hasDate ? TemporalValues.DateOf(value) ?? NoPart(target, value) : 0;
        var nanos = TruncateTime(TemporalValues.TimeOf(value) ?? (hasDate ? 0 : NoPart(target, value)), unit);
        var fields = new TemporalFields(KeepSubSecond(map ?? new Dictionary<string, object?>(), unit, nanos), target + ".truncate");
        if (hasDate)
        {
            days = TruncateDate(days, unit);
            if (fields.HasDateFields) days = TemporalBuilder.BuildDate(fields, days);
        }
        if (fields.HasTimeFields) nanos = TemporalBuilder.BuildTime(fields, nanos);
        var zone = fields.Zone() ?? TemporalValues.ZoneOfValue(value) ?? defaultZone;
        return target switch
        {
            "date" => new CypherDate(days),
            "localtime" => new CypherLocalTime(nanos),
            "time" => new CypherTime(nanos, fields.Zone() is null && TemporalValues.OffsetOf(value) is { } offset
                ? offset : zone.OffsetAt(nowUtcSeconds)),
            "localdatetime" => TemporalValues.LocalDateTime(days, nanos),
            _ => TemporalValues.DateTime(days, nanos, zone),
        };
    }

    /// <summary>
    /// Truncating to milli- or microseconds keeps the kept fraction when the map sets only finer fields
    /// ({nanosecond: 2} on .645 gives .645000002), as Neo4j does.
    /// </summary>
    private static IReadOnlyDictionary<string, object?> KeepSubSecond(IReadOnlyDictionary<string, object?> map, string unit, long nanos)
    {
        var has = (string key) => map.Keys.Any(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
        var fraction = nanos % IsoCalendar.NanosPerSecond;
        if (unit is not ("millisecond" or "microsecond") || has("millisecond") || !(has("microsecond") || has("nanosecond")))
        {
            return map;
        }
        var copy = map.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        if (unit == "millisecond" || has("microsecond"))
        {
            copy["millisecond"] = fraction / 1_000_000;
        }
        else
        {
            copy["microsecond"] = fraction / 1_000;
        }
        return copy;
    }

    private static long TruncateDate(long days, string unit)
    {
        var (year, month, _) = IsoCalendar.Civil(days);
        return unit switch
        {
            "millennium" => IsoCalendar.Days(IsoCalendar.FloorDiv(year, 1000) * 1000, 1, 1),
            "century" => IsoCalendar.Days(IsoCalendar.FloorDiv(year, 100) * 100, 1, 1),
            "decade" => IsoCalendar.Days(IsoCalendar.FloorDiv(year, 10) * 10, 1, 1),
            "year" => IsoCalendar.Days(year, 1, 1),
            "weekYear" => IsoCalendar.WeekYearStart(IsoCalendar.WeekDate(days).WeekYear),
            "quarter" => IsoCalendar.QuarterStart(year, IsoCalendar.Quarter(month)),
            "month" => IsoCalendar.Days(year, month, 1),
            "week" => days - (IsoCalendar.DayOfWeek(days) - 1),
            _ => days,
        };
    }

    private static long TruncateTime(long nanos, string unit)
    {
        long Floor(long size) => nanos - nanos % size;
        return unit switch
        {
            "hour" => Floor(3600 * IsoCalendar.NanosPerSecond),
            "minute" => Floor(60 * IsoCalendar.NanosPerSecond),
            "second" => Floor(IsoCalendar.NanosPerSecond),
            "millisecond" => Floor(1_000_000),
            "microsecond" => Floor(1_000),
            _ => 0,
        };
    }

    private static long NoPart(string target, object value) =>
        TemporalErrors.InvalidValue<long>($"Cannot truncate {CypherValue.TypeName(value)} to {target}");
}
