using Graph.Core;

namespace Graph.Bolt.PackStream;

/// <summary>
/// UTC offsets of IANA zones from the system time-zone database, for DateTimeZoneId structures, which
/// carry only the zone name. Thread-safe (TimeZoneInfo caches).
/// </summary>
public static class ZoneOffsets
{
    /// <summary>The zone's offset at a UTC instant.</summary>
    public static int AtInstant(string zoneId, long utcEpochSeconds)
    {
        var zone = Find(zoneId);
        var instant = DateTimeOffset.FromUnixTimeSeconds(Clamp(utcEpochSeconds));
        return (int)zone.GetUtcOffset(instant).TotalSeconds;
    }

    /// <summary>The zone's offset for a local wall-clock time (earlier offset when ambiguous, as java.time).</summary>
    public static int AtLocal(string zoneId, long localEpochSeconds)
    {
        var zone = Find(zoneId);
        var local = DateTime.SpecifyKind(DateTime.UnixEpoch.AddSeconds(Clamp(localEpochSeconds)), DateTimeKind.Unspecified);
        if (zone.IsAmbiguousTime(local))
        {
            return (int)zone.GetAmbiguousTimeOffsets(local).Max().TotalSeconds;
        }
        return (int)zone.GetUtcOffset(local).TotalSeconds;
    }

    private static TimeZoneInfo Find(string zoneId)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        }
        catch (Exception error) when (error is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new GraphException(StatusCodes.ArgumentError, $"Unknown time zone '{zoneId}'.");
        }
    }

    // DateTimeOffset covers years 1..9999; beyond that the zone rules are the last known ones anyway.
    private static long Clamp(long seconds) => Math.Clamp(seconds, -62_135_596_800L + 86_400, 253_402_300_799L - 86_400);
}
