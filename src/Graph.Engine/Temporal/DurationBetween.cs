using Graph.Core.Values;

namespace Graph.Engine.Temporal;

/// <summary>
/// duration.between / inMonths / inDays / inSeconds, following Neo4j (which follows java.time's until):
/// a value lacking a time gets midnight, one lacking a date gets the other's date, one lacking a zone gets the
/// other's zone; then whole months, then whole days (on local wall time, after moving the end into the start's
/// zone), then the exact remaining time. Thread-safe (stateless).
/// </summary>
internal static class DurationBetween
{
    public enum Unit
    {
        All,
        Months,
        Days,
        Seconds,
    }

    private readonly record struct Point(long? Days, long? Nanos, TemporalZone? Zone, int? Offset);

    public static CypherDuration Compute(Unit unit, object from, object to)
    {
        var a = PointOf(from);
        var b = PointOf(to);
        if (unit == Unit.Seconds || (a.Nanos is null) != (b.Nanos is null))
        {
            a = a with { Nanos = a.Nanos ?? 0 };
            b = b with { Nanos = b.Nanos ?? 0 };
        }
        if (a.Days is null && b.Days is not null) a = a with { Days = b.Days };
        if (b.Days is null && a.Days is not null) b = b with { Days = a.Days };
        if (a.Zone is not null && b.Zone is null) b = AttachZone(b, a.Zone.Value);
        if (b.Zone is not null && a.Zone is null) a = AttachZone(a, b.Zone.Value);

        if (a.Days is null)
        {
            // Times only: no months or days; zoned times compare as instants of the day.
            var nanos = b.Nanos!.Value - (long)(b.Offset ?? 0) * IsoCalendar.NanosPerSecond
                - (a.Nanos!.Value - (long)(a.Offset ?? 0) * IsoCalendar.NanosPerSecond);
            return unit is Unit.Months or Unit.Days ? default : DurationBuilder.Create(0, 0, 0, nanos);
        }
        return WithDates(unit, a, b);
    }

    private static CypherDuration WithDates(Unit unit, Point a, Point b)
    {
        var fromDays = a.Days!.Value;
        var fromNanos = a.Nanos ?? 0;
        var toUtc = Utc(b);
        // Move the end into the start's zone (same instant), then compare wall times.
        var (toDays, toNanos) = a.Zone is { } zone ? Local(toUtc + (Int128)zone.OffsetAt(Seconds(toUtc)) * IsoCalendar.NanosPerSecond)
            : (b.Days!.Value, b.Nanos ?? 0);
        var months = IsoCalendar.MonthsUntil(fromDays, AdjustedEnd(fromDays, fromNanos, toDays, toNanos));
        switch (unit)
        {
            case Unit.Months:
                return new CypherDuration(months, 0, 0, 0);
            case Unit.Days:
                return new CypherDuration(0, AdjustedEnd(fromDays, fromNanos, toDays, toNanos) - fromDays, 0, 0);
            case Unit.Seconds:
                return FromNanos(toUtc - Utc(a));
        }
        fromDays = IsoCalendar.PlusMonths(fromDays, months);
        var days = AdjustedEnd(fromDays, fromNanos, toDays, toNanos) - fromDays;
        fromDays += days;
        var moved = a with { Days = fromDays };
        if (a.Zone is { } z)
        {
            var resolved = TemporalValues.DateTime(fromDays, fromNanos, z, a.Offset);
            moved = moved with { Offset = resolved.OffsetSeconds, Days = TemporalValues.DateOf(resolved), Nanos = TemporalValues.TimeOf(resolved) };
        }
        var rest = FromNanos(toUtc - Utc(moved));
        return DurationBuilder.Create(months, days, rest.Seconds, rest.Nanos);
    }

    /// <summary>java.time LocalDateTime.until: the end date moves one day toward the start when its time has not yet been reached.</summary>
    private static long AdjustedEnd(long fromDays, long fromNanos, long toDays, long toNanos)
    {
        if (toDays > fromDays && toNanos < fromNanos) return toDays - 1;
        if (toDays < fromDays && toNanos > fromNanos) return toDays + 1;
        return toDays;
    }

    private static Point PointOf(object value) => value switch
    {
        CypherDate d => new Point(d.EpochDays, null, null, null),
        CypherLocalTime t => new Point(null, t.NanosOfDay, null, null),
        CypherTime t => new Point(null, t.NanosOfDay, TemporalZone.Offset(t.OffsetSeconds), t.OffsetSeconds),
        CypherLocalDateTime l => new Point(TemporalValues.DateOf(l), TemporalValues.TimeOf(l), null, null),
        CypherDateTime z => new Point(TemporalValues.DateOf(z), TemporalValues.TimeOf(z), TemporalValues.ZoneOf(z), z.OffsetSeconds),
        _ => TemporalErrors.InvalidType<Point>("duration.between", value),
    };

    private static Point AttachZone(Point point, TemporalZone zone)
    {
        if (point.Days is null)
        {
            return point with { Zone = zone, Offset = zone.OffsetAt(0) };
        }
        var resolved = TemporalValues.DateTime(point.Days.Value, point.Nanos ?? 0, zone);
        return new Point(TemporalValues.DateOf(resolved), TemporalValues.TimeOf(resolved), zone, resolved.OffsetSeconds);
    }

    private static Int128 Utc(Point p) =>
        (Int128)p.Days!.Value * IsoCalendar.NanosPerDay + (p.Nanos ?? 0) - (Int128)(p.Offset ?? 0) * IsoCalendar.NanosPerSecond;

    private static (long Days, long Nanos) Local(Int128 nanos)
    {
        var days = (long)(nanos / IsoCalendar.NanosPerDay);
        var rest = (long)(nanos % IsoCalendar.NanosPerDay);
        return rest < 0 ? (days - 1, rest + IsoCalendar.NanosPerDay) : (days, rest);
    }

    private static long Seconds(Int128 nanos) => (long)(nanos / IsoCalendar.NanosPerSecond);

    private static CypherDuration FromNanos(Int128 nanos) =>
        DurationBuilder.Create(0, 0, (long)(nanos / IsoCalendar.NanosPerSecond), (long)(nanos % IsoCalendar.NanosPerSecond));
}
