using Graph.Core.Values;

namespace Graph.Engine.Temporal;

/// <summary>
/// Proleptic Gregorian calendar arithmetic on epoch days with 64-bit years (Cypher dates span
/// -999,999,999..+999,999,999, far beyond NodaTime's LocalDate). Weeks follow ISO-8601: weeks start on
/// Monday and week 1 is the week containing January 4th. Thread-safe (stateless).
/// </summary>
internal static class IsoCalendar
{
    public const long NanosPerSecond = 1_000_000_000L;
    public const long SecondsPerDay = 86_400L;
    public const long NanosPerDay = SecondsPerDay * NanosPerSecond;

    public static long Days(long year, int month, int day) => TemporalFormat.DaysFromCivil(year, month, day);

    public static (long Year, int Month, int Day) Civil(long epochDays) => TemporalFormat.CivilFromDays(epochDays);

    public static bool IsLeap(long year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    public static int DaysInMonth(long year, int month) => month switch
    {
        2 => IsLeap(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    public static int DaysInYear(long year) => IsLeap(year) ? 366 : 365;

    /// <summary>ISO day of week: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).</summary>
    public static int DayOfWeek(long epochDays) => (int)FloorMod(epochDays + 3, 7) + 1;

    public static int OrdinalDay(long epochDays) => (int)(epochDays - Days(Civil(epochDays).Year, 1, 1) + 1);

    public static int Quarter(int month) => (month - 1) / 3 + 1;

    public static long QuarterStart(long year, int quarter) => Days(year, (quarter - 1) * 3 + 1, 1);

    public static int DayOfQuarter(long epochDays)
    {
        var (year, month, _) = Civil(epochDays);
        return (int)(epochDays - QuarterStart(year, Quarter(month)) + 1);
    }

    public static int DaysInQuarter(long year, int quarter) =>
        (int)(QuarterStart(quarter == 4 ? year + 1 : year, quarter == 4 ? 1 : quarter + 1) - QuarterStart(year, quarter));

    /// <summary>The Monday starting ISO week 1 of <paramref name="weekYear"/>.</summary>
    public static long WeekYearStart(long weekYear)
    {
        var jan4 = Days(weekYear, 1, 4);
        return jan4 - (DayOfWeek(jan4) - 1);
    }

    public static int WeeksInWeekYear(long weekYear) => (int)((WeekYearStart(weekYear + 1) - WeekYearStart(weekYear)) / 7);

    public static (long WeekYear, int Week, int DayOfWeek) WeekDate(long epochDays)
    {
        var year = Civil(epochDays).Year;
        var weekYear = epochDays >= WeekYearStart(year + 1) ? year + 1
            : epochDays >= WeekYearStart(year) ? year : year - 1;
        var week = (int)((epochDays - WeekYearStart(weekYear)) / 7) + 1;
        return (weekYear, week, DayOfWeek(epochDays));
    }

    /// <summary>Adds months keeping the day of month, clamped to the target month's length (java.time rule).</summary>
    public static long PlusMonths(long epochDays, long months)
    {
        if (months == 0) return epochDays;
        var (year, month, day) = Civil(epochDays);
        var total = checked(year * 12 + (month - 1) + months);
        var newYear = FloorDiv(total, 12);
        var newMonth = (int)FloorMod(total, 12) + 1;
        return Days(newYear, newMonth, Math.Min(day, DaysInMonth(newYear, newMonth)));
    }

    /// <summary>Whole months from one date to another, truncated toward zero (java.time LocalDate.until).</summary>
    public static long MonthsUntil(long fromDays, long toDays)
    {
        var (fy, fm, fd) = Civil(fromDays);
        var (ty, tm, td) = Civil(toDays);
        var months = (ty * 12 + tm) - (fy * 12 + fm);
        var dayDiff = td - fd;
        if (months > 0 && dayDiff < 0) months--;
        else if (months < 0 && dayDiff > 0) months++;
        return months;
    }

    public static long FloorDiv(long a, long b) => Math.DivRem(a, b, out var r) - (r != 0 && (r < 0) != (b < 0) ? 1 : 0);

    public static long FloorMod(long a, long b) => a - FloorDiv(a, b) * b;
}
