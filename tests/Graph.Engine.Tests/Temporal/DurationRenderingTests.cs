namespace Graph.Engine.Tests.Temporal;

// Expectations from the TCK's expressions/temporal/Temporal6.feature [6] (toString of durations, and the
// string parsed back is equal) and Temporal7.feature [6] (duration equality).
public class DurationRenderingTests
{
    [Theory]
    [InlineData("{years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70, nanoseconds: 1}", "P12Y5M14DT16H13M10.000000001S")]
    [InlineData("{years: 12, months: 5, days: -14, hours: 16}", "P12Y5M-14DT16H")]
    [InlineData("{minutes: 12, seconds: -60}", "PT11M")]
    [InlineData("{seconds: 2, milliseconds: -1}", "PT1.999S")]
    [InlineData("{seconds: -2, milliseconds: 1}", "PT-1.999S")]
    [InlineData("{seconds: -2, milliseconds: -1}", "PT-2.001S")]
    [InlineData("{days: 1, milliseconds: 1}", "P1DT0.001S")]
    [InlineData("{days: 1, milliseconds: -1}", "P1DT-0.001S")]
    [InlineData("{seconds: 60, milliseconds: -1}", "PT59.999S")]
    [InlineData("{seconds: -60, milliseconds: 1}", "PT-59.999S")]
    [InlineData("{seconds: -60, milliseconds: -1}", "PT-1M-0.001S")]
    public void Duration_FromMap_RendersAndParsesBackEqual(string map, string expected)
    {
        var duration = TemporalExpression.Evaluate($"duration({map})");
        Assert.Equal(expected, duration!.ToString());
        Assert.Equal(duration, TemporalExpression.Evaluate($"duration('{expected}')"));
    }

    [Theory]
    [InlineData("duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70})", true)]
    [InlineData("duration({years: 12, months: 5, days: 14, hours: 16, minutes: 13, seconds: 10})", true)]
    [InlineData("duration({years: 12, months: 5, days: 13, hours: 40, minutes: 13, seconds: 10})", false)]
    public void Duration_Equality_ComparesNormalisedFields(string other, bool expected) =>
        Assert.Equal(expected, Equals(
            TemporalExpression.Evaluate("duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70})"),
            TemporalExpression.Evaluate(other)));

    [Theory]
    [InlineData("date({year: 1984, month: 10, day: 11})", "1984-10-11")]
    [InlineData("localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})", "12:31:14.645876123")]
    [InlineData("time({hour: 12, minute: 31, second: 14, nanosecond: 645876123, timezone: '+01:00'})", "12:31:14.645876123+01:00")]
    [InlineData("localdatetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, nanosecond: 645876123})", "1984-10-11T12:31:14.645876123")]
    [InlineData("datetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, nanosecond: 645876123, timezone: '+01:00'})", "1984-10-11T12:31:14.645876123+01:00")]
    [InlineData("datetime({year: 2017, month: 8, day: 8, hour: 12, minute: 31, second: 14, nanosecond: 645876123, timezone: 'Europe/Stockholm'})", "2017-08-08T12:31:14.645876123+02:00[Europe/Stockholm]")]
    public void Temporal_ToString_ParsesBackToEqualValue(string expression, string expected)
    {
        var value = TemporalExpression.Evaluate(expression);
        Assert.Equal(expected, value!.ToString());
        var function = expression[..expression.IndexOf('(')];
        Assert.Equal(value, TemporalExpression.Evaluate($"{function}('{expected}')"));
    }
}
