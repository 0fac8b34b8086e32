using Graph.Core.Values;

namespace Graph.Core.Tests.Values;

public class TemporalFormatTests
{
    [Theory]
    [InlineData(0, "1970-01-01")]
    [InlineData(-1, "1969-12-31")]
    [InlineData(19_358, "2023-01-01")]
    [InlineData(-719_528, "0000-01-01")]
    public void Date_EpochDays_FormatsIso(long days, string expected) =>
        Assert.Equal(expected, new CypherDate(days).ToString());

    [Theory]
    [InlineData(2023, 1, 1)]
    [InlineData(1600, 2, 29)]
    [InlineData(-44, 3, 15)]
    public void DaysFromCivil_RoundTripsThroughCivilFromDays(long year, int month, int day) =>
        Assert.Equal((year, month, day), TemporalFormat.CivilFromDays(TemporalFormat.DaysFromCivil(year, month, day)));

    [Theory]
    [InlineData(0, 0, 0, 0, "PT0S")]
    [InlineData(14, 3, 3_661, 500_000_000, "P1Y2M3DT1H1M1.5S")]
    [InlineData(0, 0, -1, 0, "PT-1S")]
    public void Duration_Components_FormatLikeNeo4j(long months, long days, long seconds, int nanos, string expected) =>
        Assert.Equal(expected, new CypherDuration(months, days, seconds, nanos).ToString());

    [Fact]
    public void DateTime_WithZone_PrintsOffsetAndZone() =>
        Assert.Equal("2023-06-01T08:00+08:00[Asia/Shanghai]",
            new CypherDateTime(1_685_577_600, 0, 8 * 3600, "Asia/Shanghai").ToString());
}
