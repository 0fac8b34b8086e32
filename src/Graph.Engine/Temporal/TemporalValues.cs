using Graph.Core.Values;

namespace Graph.Engine.Temporal;

/// <summary>
/// Conversions between the Core temporal records and their parts (epoch day, nanosecond of day, zone), the
/// common ground for construction, truncation, arithmetic and duration.between. Thread-safe (stateless).
/// </summary>
internal static class TemporalValues
{
    public static bool IsTemporal(object? value) =>
        value is CypherDate or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime;

    public static CypherDateTime DateTime(long epochDays, long nanosOfDay, TemporalZone zone, int? preferredOffset = null)
    {
        var localSeconds = epochDays * IsoCalendar.SecondsPerDay + nanosOfDay / IsoCalendar.NanosPerSecond;
        var (adjusted, offset) = zone.Resolve(localSeconds, preferredOffset);
        return new CypherDateTime(adjusted - offset, (int)(nanosOfDay % IsoCalendar.NanosPerSecond), offset, zone.Id);
    }

    public static CypherDateTime AtInstant(long utcSeconds, int nanos, TemporalZone zone) =>
        new(utcSeconds, nanos, zone.OffsetAt(utcSeconds), zone.Id);

    public static CypherLocalDateTime LocalDateTime(long epochDays, long nanosOfDay) =>
        new(epochDays * IsoCalendar.SecondsPerDay + nanosOfDay / IsoCalendar.NanosPerSecond,
            (int)(nanosOfDay % IsoCalendar.NanosPerSecond));

    public static TemporalZone ZoneOf(CypherDateTime value) =>
        value.ZoneId is null ? TemporalZone.Offset(value.OffsetSeconds) : new TemporalZone(value.ZoneId, 0);

    /// <summary>Local date of a value that has one (date, localdatetime, datetime).</summary>
    public static long? DateOf(object? value) => value switch
    {
        CypherDate d => d.EpochDays,
        CypherLocalDateTime l => IsoCalendar.FloorDiv(l.EpochSeconds, IsoCalendar.SecondsPerDay),
        CypherDateTime z => IsoCalendar.FloorDiv(z.EpochSeconds + z.OffsetSeconds, IsoCalendar.SecondsPerDay),
        _ => null,
    };

    /// <summary>Local nanosecond of day of a value that has a time (time, localtime, localdatetime, datetime).</summary>
    public static long? TimeOf(object? value) => value switch
    {
        CypherLocalTime t => t.NanosOfDay,
        CypherTime t => t.NanosOfDay,
        CypherLocalDateTime l => NanosOfDay(l.EpochSeconds, l.Nanos),
        CypherDateTime z => NanosOfDay(z.EpochSeconds + z.OffsetSeconds, z.Nanos),
        _ => null,
    };

    /// <summary>Zone of a zoned value (time: its offset; datetime: its named zone or offset).</summary>
    public static TemporalZone? ZoneOfValue(object? value) => value switch
    {
        CypherTime t => TemporalZone.Offset(t.OffsetSeconds),
        CypherDateTime z => ZoneOf(z),
        _ => null,
    };

    /// <summary>Offset in effect for a zoned value (for datetime, at its instant).</summary>
    public static int? OffsetOf(object? value) => value switch
    {
        CypherTime t => t.OffsetSeconds,
        CypherDateTime z => z.OffsetSeconds,
        _ => null,
    };

    public static long NanosOfDay(long localSeconds, int nanos) =>
        IsoCalendar.FloorMod(localSeconds, IsoCalendar.SecondsPerDay) * IsoCalendar.NanosPerSecond + nanos;

    public static long NanosOfDay(long hour, long minute, long second, long nanos) =>
        ((hour * 60 + minute) * 60 + second) * IsoCalendar.NanosPerSecond + nanos;

    /// <summary>A time with an offset for a named zone: the zone's offset at the given instant.</summary>
    public static CypherTime TimeInZone(long nanosOfDay, TemporalZone zone, long referenceUtcSeconds) =>
        new(nanosOfDay, zone.OffsetAt(referenceUtcSeconds));

    /// <summary>Moves a zoned time of day to another offset, keeping the instant (wraps around midnight).</summary>
    public static long ShiftTime(long nanosOfDay, int fromOffset, int toOffset) =>
        IsoCalendar.FloorMod(nanosOfDay + (long)(toOffset - fromOffset) * IsoCalendar.NanosPerSecond, IsoCalendar.NanosPerDay);
}
