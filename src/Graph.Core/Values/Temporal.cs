namespace Graph.Core.Values;

// The temporal and spatial values keep exactly the fields of their Bolt structures (bolt.md), so PackStream
// maps them without loss. Calendar arithmetic, parsing and ISO formatting live in the engine's temporal
// library; ToString here is the ISO-8601 rendering Neo4j uses.

/// <summary>A date without time zone: days since 1970-01-01 (proleptic Gregorian).</summary>
public readonly record struct CypherDate(long EpochDays)
{
    public override string ToString() => TemporalFormat.Date(EpochDays);
}

/// <summary>A time of day without zone: nanoseconds since midnight.</summary>
public readonly record struct CypherLocalTime(long NanosOfDay)
{
    public override string ToString() => TemporalFormat.Time(NanosOfDay);
}

/// <summary>A time of day with a UTC offset: nanoseconds since local midnight and offset in seconds.</summary>
public readonly record struct CypherTime(long NanosOfDay, int OffsetSeconds)
{
    public override string ToString() => TemporalFormat.Time(NanosOfDay) + TemporalFormat.Offset(OffsetSeconds);
}

/// <summary>A date-time without zone: seconds since 1970-01-01T00:00 (as if UTC) and nanoseconds.</summary>
public readonly record struct CypherLocalDateTime(long EpochSeconds, int Nanos)
{
    public override string ToString() => TemporalFormat.LocalDateTime(EpochSeconds, Nanos);
}

/// <summary>
/// An instant with an offset and optionally a named IANA zone. <see cref="EpochSeconds"/> is UTC (Bolt 5
/// "UTC" DateTime form); the local wall time is EpochSeconds + OffsetSeconds. When <see cref="ZoneId"/> is
/// set, OffsetSeconds is the zone's offset at that instant.
/// </summary>
public readonly record struct CypherDateTime(long EpochSeconds, int Nanos, int OffsetSeconds, string? ZoneId)
{
    public override string ToString() =>
        TemporalFormat.LocalDateTime(EpochSeconds + OffsetSeconds, Nanos) + TemporalFormat.Offset(OffsetSeconds)
        + (ZoneId is null ? "" : "[" + ZoneId + "]");
}

/// <summary>A duration kept in four independent components, as Neo4j and Bolt do.</summary>
public readonly record struct CypherDuration(long Months, long Days, long Seconds, int Nanos)
{
    public override string ToString() => TemporalFormat.Duration(Months, Days, Seconds, Nanos);
}

/// <summary>A spatial point: SRID 7203 (cartesian 2D), 9157 (cartesian 3D), 4326 (WGS-84 2D), 4979 (WGS-84 3D).</summary>
public readonly record struct CypherPoint(int Srid, double X, double Y, double? Z)
{
    public override string ToString() => Z is null
        ? $"point({{srid:{Srid}, x:{CypherValue.FormatFloat(X)}, y:{CypherValue.FormatFloat(Y)}}})"
        : $"point({{srid:{Srid}, x:{CypherValue.FormatFloat(X)}, y:{CypherValue.FormatFloat(Y)}, z:{CypherValue.FormatFloat(Z.Value)}}})";
}
