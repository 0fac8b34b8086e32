namespace Graph.Engine.Tests.Temporal;

// Zone rules beyond the TCK's examples: Neo4j resolves wall times as java.time's ZonedDateTime.ofLocal does
// (earlier offset in an overlap, shifted forward in a gap), adds days on the wall clock and hours on the instant.
public class TemporalZoneTests
{
    [Theory]
    [InlineData("datetime('2017-10-29T02:30[Europe/Stockholm]')", "2017-10-29T02:30+02:00[Europe/Stockholm]")]
    [InlineData("datetime('2017-10-29T02:30+01:00[Europe/Stockholm]')", "2017-10-29T02:30+01:00[Europe/Stockholm]")]
    [InlineData("datetime('2017-03-26T02:30[Europe/Stockholm]')", "2017-03-26T03:30+02:00[Europe/Stockholm]")]
    [InlineData("datetime('2017-10-28T12:00[Europe/Stockholm]') + duration('P1D')", "2017-10-29T12:00+01:00[Europe/Stockholm]")]
    [InlineData("datetime('2017-10-28T12:00[Europe/Stockholm]') + duration('PT24H')", "2017-10-29T11:00+01:00[Europe/Stockholm]")]
    [InlineData("datetime('2024-01-31T10:00[Asia/Shanghai]') + duration('P1M')", "2024-02-29T10:00+08:00[Asia/Shanghai]")]
    [InlineData("datetime({epochSeconds: 0, timezone: 'Asia/Shanghai'})", "1970-01-01T08:00+08:00[Asia/Shanghai]")]
    public void DateTime_NamedZone_ResolvesLikeNeo4j(string expression, string expected) =>
        Assert.Equal(expected, TemporalExpression.Render(expression));

    [Theory]
    [InlineData("date('+999999999-12-31')", "+999999999-12-31")]
    [InlineData("date('-0044-03-15')", "-0044-03-15")]
    [InlineData("date('2015-W53-7')", "2016-01-03")]
    public void Date_ExtremeAndWeekForms_Parse(string expression, string expected) =>
        Assert.Equal(expected, TemporalExpression.Render(expression));

    [Theory]
    [InlineData("date('2015-13-01')")]
    [InlineData("date('2015-02-29')")]
    [InlineData("date('2015-W54')")]
    [InlineData("localtime('25:00')")]
    [InlineData("datetime('2015-07-21T21:40[Mars/Olympus]')")]
    [InlineData("duration('P1Q')")]
    [InlineData("date({year: 2015, month: 2, day: 30})")]
    [InlineData("date({month: 2, day: 3})")]
    [InlineData("date({year: 2015, wrong: 1})")]
    public void Temporal_InvalidInput_RaisesArgumentError(string expression)
    {
        var error = Assert.Throws<Graph.Core.GraphException>(() => TemporalExpression.Evaluate(expression));
        Assert.Equal(Graph.Core.StatusCodes.ArgumentError, error.Code);
        Assert.Equal("InvalidArgumentValue", error.Detail);
    }
}
