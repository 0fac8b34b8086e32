using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Graph.Engine.Temporal;

/// <summary>
/// A time zone as Cypher sees it: either a fixed UTC offset or a named IANA zone (rules from NodaTime's
/// built-in tzdb, so results do not depend on the machine). Local → offset resolution follows java.time's
/// ZonedDateTime.ofLocal, which Neo4j uses: in an overlap the preferred (else earlier) offset wins, in a gap
/// the local time moves forward by the gap's length. Immutable, thread-safe.
/// </summary>
internal readonly partial record struct TemporalZone(string? Id, int FixedOffset)
{
    // Instant range NodaTime supports (years -9998..9999); zone rules are clamped to it.
    private static readonly long MinSeconds = Instant.MinValue.ToUnixTimeSeconds() + 2 * IsoCalendar.SecondsPerDay;
    private static readonly long MaxSeconds = Instant.MaxValue.ToUnixTimeSeconds() - 2 * IsoCalendar.SecondsPerDay;

    public static TemporalZone Utc { get; } = new(null, 0);

    public bool IsNamed => Id is not null;

    public static TemporalZone Offset(int seconds) => new(null, seconds);

    /// <summary>Parses an offset ("Z", "+01", "+0100", "+01:00", "-02:05:07") or an IANA zone id.</summary>
    public static TemporalZone Parse(string text)
    {
        if (TryParseOffset(text, out var offset))
        {
            return Offset(offset);
        }
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(text);
        if (zone is null)
        {
            return TemporalErrors.InvalidValue<TemporalZone>($"Invalid value for TimeZone: Text '{text}' could not be parsed.");
        }
        // Neo4j keeps the id as written (an alias such as US/Pacific stays an alias).
        return new TemporalZone(text, 0);
    }

    /// <summary>The engine's default zone: "UTC"/"Z" mean the UTC offset (printed Z, as Neo4j's default).</summary>
    public static TemporalZone Default(string id) =>
        id is "UTC" or "Z" or "Etc/UTC" ? Utc : Parse(id);

    public static bool TryParseOffset(string text, out int seconds)
    {
        seconds = 0;
        if (text is "Z" or "z")
        {
            return true;
        }
        var match = OffsetPattern().Match(text);
        if (!match.Success)
        {
            return false;
        }
        var hours = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var secs = match.Groups["s"].Success ? int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (hours > 18 || minutes > 59 || secs > 59 || (hours == 18 && (minutes > 0 || secs > 0)))
        {
            TemporalErrors.InvalidValue($"Invalid value for TimeZone: Zone offset not in valid range: {text}");
        }
        seconds = (hours * 3600 + minutes * 60 + secs) * (match.Groups["sign"].Value == "-" ? -1 : 1);
        return true;
    }

    public int OffsetAt(long utcSeconds) =>
        Id is null ? FixedOffset : Rules.GetUtcOffset(Instant.FromUnixTimeSeconds(Clamp(utcSeconds))).Seconds;

    /// <summary>
    /// The offset for a local wall time, and the wall time itself moved forward when it falls in a gap.
    /// </summary>
    public (long LocalSeconds, int Offset) Resolve(long localSeconds, int? preferredOffset = null)
    {
        if (Id is null)
        {
            return (localSeconds, FixedOffset);
        }
        var local = Instant.FromUnixTimeSeconds(Clamp(localSeconds)).InUtc().LocalDateTime;
        var mapping = Rules.MapLocal(local);
        switch (mapping.Count)
        {
            case 1:
                return (localSeconds, mapping.EarlyInterval.WallOffset.Seconds);
            case 2:
                var early = mapping.EarlyInterval.WallOffset.Seconds;
                var late = mapping.LateInterval.WallOffset.Seconds;
                return (localSeconds, preferredOffset == late ? late : early);
            default:
                var before = mapping.EarlyInterval.WallOffset.Seconds;
                var after = mapping.LateInterval.WallOffset.Seconds;
                return (localSeconds + (after - before), after);
        }
    }

    /// <summary>Zone id as Cypher's timezone component shows it: the IANA id or the offset text.</summary>
    public string Name => Id ?? Graph.Core.Values.TemporalFormat.Offset(FixedOffset);

    private DateTimeZone Rules => DateTimeZoneProviders.Tzdb[Id!];

    private static long Clamp(long seconds) => Math.Clamp(seconds, MinSeconds, MaxSeconds);

    [GeneratedRegex(@"^(?<sign>[+-])(?<h>[0-9]{2})(?::?(?<m>[0-9]{2})(?::?(?<s>[0-9]{2}))?)?$")]
    private static partial Regex OffsetPattern();
}
