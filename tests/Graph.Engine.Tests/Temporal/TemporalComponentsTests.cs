namespace Graph.Engine.Tests.Temporal;

// Expectations from the TCK's expressions/temporal/Temporal5.feature (accessors) scenarios.
public class TemporalComponentsTests
{
    private const string Date = "date({year: 1984, month: 10, day: 11})";
    private const string LocalDateTime = "localdatetime({year: 1984, month: 11, day: 11, hour: 12, minute: 31, second: 14, nanosecond: 645876123})";
    private const string DateTime = "datetime({year: 1984, month: 11, day: 11, hour: 12, minute: 31, second: 14, nanosecond: 645876123, timezone: 'Europe/Stockholm'})";
    private const string Time = "time({hour: 12, minute: 31, second: 14, nanosecond: 645876123, timezone: '+01:00'})";
    private const string Duration = "duration({years: 1, months: 4, days: 10, hours: 1, minutes: 1, seconds: 1, nanoseconds: 111111111})";

    [Theory]
    [InlineData(Date, "year", "1984")]
    [InlineData(Date, "quarter", "4")]
    [InlineData(Date, "month", "10")]
    [InlineData(Date, "week", "41")]
    [InlineData(Date, "weekYear", "1984")]
    [InlineData(Date, "day", "11")]
    [InlineData(Date, "ordinalDay", "285")]
    [InlineData(Date, "weekDay", "4")]
    [InlineData(Date, "dayOfQuarter", "11")]
    [InlineData("date({year: 1984, month: 1, day: 1})", "weekYear", "1983")]
    [InlineData("date({year: 1984, month: 1, day: 1})", "week", "52")]
    [InlineData("date({year: 1984, month: 1, day: 1})", "weekDay", "7")]
    [InlineData("localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})", "millisecond", "645")]
    [InlineData("localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})", "microsecond", "645876")]
    [InlineData("localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})", "nanosecond", "645876123")]
    [InlineData(Time, "hour", "12")]
    [InlineData(Time, "timezone", "+01:00")]
    [InlineData(Time, "offset", "+01:00")]
    [InlineData(Time, "offsetMinutes", "60")]
    [InlineData(Time, "offsetSeconds", "3600")]
    [InlineData(LocalDateTime, "week", "45")]
    [InlineData(LocalDateTime, "ordinalDay", "316")]
    [InlineData(LocalDateTime, "weekDay", "7")]
    [InlineData(LocalDateTime, "dayOfQuarter", "42")]
    [InlineData(LocalDateTime, "minute", "31")]
    [InlineData(LocalDateTime, "second", "14")]
    [InlineData(DateTime, "timezone", "Europe/Stockholm")]
    [InlineData(DateTime, "offset", "+01:00")]
    [InlineData(DateTime, "offsetMinutes", "60")]
    [InlineData(DateTime, "offsetSeconds", "3600")]
    [InlineData(DateTime, "epochSeconds", "469020674")]
    [InlineData(DateTime, "epochMillis", "469020674645")]
    [InlineData(Duration, "years", "1")]
    [InlineData(Duration, "quarters", "5")]
    [InlineData(Duration, "months", "16")]
    [InlineData(Duration, "weeks", "1")]
    [InlineData(Duration, "days", "10")]
    [InlineData(Duration, "hours", "1")]
    [InlineData(Duration, "minutes", "61")]
    [InlineData(Duration, "seconds", "3661")]
    [InlineData(Duration, "milliseconds", "3661111")]
    [InlineData(Duration, "microseconds", "3661111111")]
    [InlineData(Duration, "nanoseconds", "3661111111111")]
    [InlineData(Duration, "quartersOfYear", "1")]
    [InlineData(Duration, "monthsOfQuarter", "1")]
    [InlineData(Duration, "monthsOfYear", "4")]
    [InlineData(Duration, "daysOfWeek", "3")]
    [InlineData(Duration, "minutesOfHour", "1")]
    [InlineData(Duration, "secondsOfMinute", "1")]
    [InlineData(Duration, "millisecondsOfSecond", "111")]
    [InlineData(Duration, "microsecondsOfSecond", "111111")]
    [InlineData(Duration, "nanosecondsOfSecond", "111111111")]
    public void Component_OfTemporalValue_MatchesTck(string value, string component, string expected) =>
        Assert.Equal(expected, TemporalExpression.Render(value + "." + component));

    [Fact]
    public void Component_Unknown_IsNotFound() =>
        Assert.False(Graph.Engine.Temporal.TemporalComponents.TryGet(TemporalExpression.Evaluate(Date)!, "hour", out _));
}
