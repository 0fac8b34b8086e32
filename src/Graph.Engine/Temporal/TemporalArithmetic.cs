using Graph.Core;
using Graph.Core.Values;
using Graph.Engine.Values;

namespace Graph.Engine.Temporal;

/// <summary>
/// Arithmetic where an operand is temporal: instant ± duration, duration ± duration, duration * or / number.
/// Returns false when the operand types are not a temporal combination, so the caller reports a TypeError.
/// A duration is applied as Neo4j's DurationValue.addTo does: months (day clamped to the month's end), then
/// days, both on the wall clock, then seconds and nanoseconds (on the instant for zoned date-times; a date
/// takes only the whole days of the seconds). Thread-safe (stateless).
/// </summary>
public static class TemporalArithmetic
{
    public static bool TryApply(ArithmeticOperator op, object? left, object? right, out object? result)
    {
        result = null;
        if ((left is null && IsTemporalOrDuration(right)) || (right is null && IsTemporalOrDuration(left)))
        {
            return true;
        }
        try
        {
            result = (op, left, right) switch
            {
                (ArithmeticOperator.Add, CypherDuration a, CypherDuration b) => Sum(a, b, 1),
                (ArithmeticOperator.Subtract, CypherDuration a, CypherDuration b) => Sum(a, b, -1),
                (ArithmeticOperator.Add, _, CypherDuration d) when TemporalValues.IsTemporal(left) => Plus(left!, d, 1),
                (ArithmeticOperator.Add, CypherDuration d, _) when TemporalValues.IsTemporal(right) => Plus(right!, d, 1),
                (ArithmeticOperator.Subtract, _, CypherDuration d) when TemporalValues.IsTemporal(left) => Plus(left!, d, -1),
                (ArithmeticOperator.Multiply, CypherDuration d, long or double) => Multiply(d, right!),
                (ArithmeticOperator.Multiply, long or double, CypherDuration d) => Multiply(d, left!),
                (ArithmeticOperator.Divide, CypherDuration d, long or double) => Divide(d, right!),
                _ => null,
            };
        }
        catch (OverflowException)
        {
            throw new GraphException(StatusCodes.ArithmeticError, "Temporal arithmetic overflow", "IntegerOverflow");
        }
        return result is not null;
    }

    private static bool IsTemporalOrDuration(object? value) => value is CypherDuration || TemporalValues.IsTemporal(value);

    private static CypherDuration Sum(CypherDuration a, CypherDuration b, int sign)
    {
        checked
        {
            return DurationBuilder.Create(a.Months + sign * b.Months, a.Days + sign * b.Days,
                a.Seconds + sign * b.Seconds, a.Nanos + (long)sign * b.Nanos);
        }
    }

    private static CypherDuration Multiply(CypherDuration d, object factor)
    {
        if (factor is long f)
        {
            checked
            {
                return DurationBuilder.Create(d.Months * f, d.Days * f, d.Seconds * f, d.Nanos * f);
            }
        }
        var x = (double)factor;
        return DurationBuilder.Approximate(d.Months * x, d.Days * x, d.Seconds * x, d.Nanos * x);
    }

    private static CypherDuration Divide(CypherDuration d, object divisor)
    {
        var x = Convert.ToDouble(divisor, System.Globalization.CultureInfo.InvariantCulture);
        if (x == 0)
        {
            throw new GraphException(StatusCodes.ArithmeticError, "/ by zero", "DivisionByZero");
        }
        return DurationBuilder.Approximate(d.Months / x, d.Days / x, d.Seconds / x, d.Nanos / x);
    }

    /// <summary>Adds sign × duration to a temporal value (a subtraction negates every component).</summary>
    internal static object Plus(object value, CypherDuration d, int sign)
    {
        checked
        {
            var months = sign * d.Months;
            var days = sign * d.Days;
            var seconds = sign * d.Seconds;
            var nanos = sign * (long)d.Nanos;
            object result = value switch
            {
                CypherDate date => new CypherDate(IsoCalendar.PlusMonths(date.EpochDays, months) + days
                    + seconds / IsoCalendar.SecondsPerDay),
                CypherLocalTime t => new CypherLocalTime(PlusTime(t.NanosOfDay, seconds, nanos)),
                CypherTime t => new CypherTime(PlusTime(t.NanosOfDay, seconds, nanos), t.OffsetSeconds),
                CypherLocalDateTime l => PlusLocal(l, months, days, seconds, nanos),
                CypherDateTime z => PlusZoned(z, months, days, seconds, nanos),
                _ => throw new InvalidOperationException("Not a temporal value."),
            };
            if (TemporalValues.DateOf(result) is { } resultDays && (resultDays < MinDays || resultDays > MaxDays))
            {
                throw new GraphException(StatusCodes.ArgumentError,
                    "Temporal arithmetic result is outside the supported range of years -999999999..999999999",
                    "InvalidArgumentValue");
            }
            return result;
        }
    }

    private static readonly long MinDays = IsoCalendar.Days(-999_999_999, 1, 1);
    private static readonly long MaxDays = IsoCalendar.Days(999_999_999, 12, 31);

    private static long PlusTime(long nanosOfDay, long seconds, long nanos)
    {
        var secondsOfDay = IsoCalendar.FloorMod(seconds, IsoCalendar.SecondsPerDay);
        var total = nanosOfDay + secondsOfDay * IsoCalendar.NanosPerSecond + IsoCalendar.FloorMod(nanos, IsoCalendar.NanosPerDay);
        return IsoCalendar.FloorMod(total, IsoCalendar.NanosPerDay);
    }

    private static CypherLocalDateTime PlusLocal(CypherLocalDateTime l, long months, long days, long seconds, long nanos)
    {
        var date = IsoCalendar.PlusMonths(TemporalValues.DateOf(l)!.Value, months) + days;
        var local = TemporalValues.LocalDateTime(date, TemporalValues.TimeOf(l)!.Value);
        return AddExact(local.EpochSeconds, local.Nanos, seconds, nanos, (s, n) => new CypherLocalDateTime(s, n));
    }

    private static CypherDateTime PlusZoned(CypherDateTime z, long months, long days, long seconds, long nanos)
    {
        var zone = TemporalValues.ZoneOf(z);
        var current = z;
        if (months != 0)
        {
            current = TemporalValues.DateTime(IsoCalendar.PlusMonths(TemporalValues.DateOf(current)!.Value, months),
                TemporalValues.TimeOf(current)!.Value, zone, current.OffsetSeconds);
        }
        if (days != 0)
        {
            current = TemporalValues.DateTime(TemporalValues.DateOf(current)!.Value + days,
                TemporalValues.TimeOf(current)!.Value, zone, current.OffsetSeconds);
        }
        return AddExact(current.EpochSeconds, current.Nanos, seconds, nanos,
            (s, n) => TemporalValues.AtInstant(s, n, zone));
    }

    private static T AddExact<T>(long epochSeconds, int nanosOfSecond, long seconds, long nanos, Func<long, int, T> create)
    {
        checked
        {
            var totalNanos = nanosOfSecond + nanos;
            var s = epochSeconds + seconds + IsoCalendar.FloorDiv(totalNanos, IsoCalendar.NanosPerSecond);
            return create(s, (int)IsoCalendar.FloorMod(totalNanos, IsoCalendar.NanosPerSecond));
        }
    }
}
