using System.Globalization;
using System.Text;

namespace Graph.Core.Values;

/// <summary>ISO-8601 rendering of temporal values, matching Neo4j's toString() output. Thread-safe.</summary>
public static class TemporalFormat
{
    private const long NanosPerSecond = 1_000_000_000L;
    private const long SecondsPerDay = 86_400L;

    public static string Date(long epochDays)
    {
        var (year, month, day) = CivilFromDays(epochDays);
        return FormatYear(year) + "-" + Two(month) + "-" + Two(day);
    }

    /// <summary>HH:mm, then :ss and .fraction only when non-zero, as Neo4j prints times.</summary>
    public static string Time(long nanosOfDay)
    {
        var hour = nanosOfDay / (3600 * NanosPerSecond);
        var minute = nanosOfDay / (60 * NanosPerSecond) % 60;
        var second = nanosOfDay / NanosPerSecond % 60;
        var nanos = nanosOfDay % NanosPerSecond;
        var text = new StringBuilder(Two(hour) + ":" + Two(minute));
        if (second != 0 || nanos != 0)
        {
            text.Append(':').Append(Two(second));
            if (nanos != 0)
            {
                text.Append('.').Append(nanos.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0'));
            }
        }
        return text.ToString();
    }

    public static string LocalDateTime(long epochSeconds, int nanos)
    {
        var days = Math.DivRem(epochSeconds, SecondsPerDay, out var secondOfDay);
        if (secondOfDay < 0)
        {
            secondOfDay += SecondsPerDay;
            days--;
        }
        return Date(days) + "T" + Time(secondOfDay * NanosPerSecond + nanos);
    }

    /// <summary>Z for UTC, otherwise +HH:mm (with :ss when the offset has seconds).</summary>
    public static string Offset(int offsetSeconds)
    {
        if (offsetSeconds == 0)
        {
            return "Z";
        }
        var sign = offsetSeconds < 0 ? "-" : "+";
        var abs = Math.Abs(offsetSeconds);
        var text = sign + Two(abs / 3600) + ":" + Two(abs / 60 % 60);
        return abs % 60 == 0 ? text : text + ":" + Two(abs % 60);
    }

    /// <summary>ISO duration as Neo4j prints it, e.g. P1Y2M3DT4H5M6.5S; PT0S when all components are zero.</summary>
    public static string Duration(long months, long days, long seconds, int nanos)
    {
        var text = new StringBuilder("P");
        if (months / 12 != 0) text.Append(months / 12).Append('Y');
        if (months % 12 != 0) text.Append(months % 12).Append('M');
        if (days != 0) text.Append(days).Append('D');
        // Neo4j normalises seconds+nanos so that the fractional part carries the sign of the total.
        var totalNanos = (Int128)seconds * NanosPerSecond + nanos;
        if (totalNanos != 0)
        {
            text.Append('T');
            var negative = totalNanos < 0;
            var abs = negative ? -totalNanos : totalNanos;
            var hours = (long)(abs / (3600 * (Int128)NanosPerSecond));
            var minutes = (long)(abs / (60 * (Int128)NanosPerSecond) % 60);
            var secs = (long)(abs / NanosPerSecond % 60);
            var frac = (long)(abs % NanosPerSecond);
            var sign = negative ? "-" : "";
            if (hours != 0) text.Append(sign).Append(hours).Append('H');
            if (minutes != 0) text.Append(sign).Append(minutes).Append('M');
            if (secs != 0 || frac != 0)
            {
                text.Append(sign).Append(secs);
                if (frac != 0)
                {
                    text.Append('.').Append(frac.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0'));
                }
                text.Append('S');
            }
        }
        return text.Length == 1 ? "PT0S" : text.ToString();
    }

    /// <summary>Howard Hinnant's days-from-civil inverse: exact for any year, proleptic Gregorian.</summary>
    public static (long Year, int Month, int Day) CivilFromDays(long epochDays)
    {
        var z = epochDays + 719468;
        var era = (z >= 0 ? z : z - 146096) / 146097;
        var doe = z - era * 146097;
        var yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        var y = yoe + era * 400;
        var doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        var mp = (5 * doy + 2) / 153;
        var d = (int)(doy - (153 * mp + 2) / 5 + 1);
        var m = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (m <= 2 ? y + 1 : y, m, d);
    }

    public static long DaysFromCivil(long year, int month, int day)
    {
        year -= month <= 2 ? 1 : 0;
        var era = (year >= 0 ? year : year - 399) / 400;
        var yoe = year - era * 400;
        var doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        var doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    private static string FormatYear(long year) => year switch
    {
        > 9999 => "+" + year.ToString(CultureInfo.InvariantCulture),
        >= 0 => year.ToString("D4", CultureInfo.InvariantCulture),
        _ => "-" + (-year).ToString("D4", CultureInfo.InvariantCulture),
    };

    private static string Two(long value) => value.ToString("D2", CultureInfo.InvariantCulture);
}
