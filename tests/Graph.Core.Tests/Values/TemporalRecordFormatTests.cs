using Graph.Core.Values;

namespace Graph.Core.Tests.Values;

public class TemporalRecordFormatTests
{
    [Theory]
    [InlineData(-44, "-0044-01-01")]
    [InlineData(10_000, "+10000-01-01")]
    [InlineData(-12_345, "-12345-01-01")]
    public void Date_YearOutsideFourDigits_IsSigned(long year, string expected) =>
        Assert.Equal(expected, new CypherDate(TemporalFormat.DaysFromCivil(year, 1, 1)).ToString());

    [Theory]
    [InlineData(0, 0, -60, -1_000_000, "PT-1M-0.001S")]
    [InlineData(-148, -28, -1440, 0, "P-12Y-4M-28DT-24M")]
    [InlineData(0, 0, -2, 1_000_000, "PT-1.999S")]
    public void Duration_NegativeParts_SignEveryComponent(long months, long days, long seconds, int nanos, string expected) =>
        Assert.Equal(expected, new CypherDuration(months, days, seconds, nanos).ToString());

    [Theory]
    [InlineData(3 * 3600 + 5 * 60 + 59, "+03:05:59")]
    [InlineData(-(2 * 3600 + 5 * 60 + 7), "-02:05:07")]
    [InlineData(0, "Z")]
    public void Time_OffsetWithSeconds_PrintsSeconds(int offset, string suffix) =>
        Assert.EndsWith(suffix, new CypherTime(12 * 3_600_000_000_000L, offset).ToString());
}
