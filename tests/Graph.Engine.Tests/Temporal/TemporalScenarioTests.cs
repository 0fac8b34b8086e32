namespace Graph.Engine.Tests.Temporal;

// The single (non-outline) scenarios of the TCK's expressions/temporal features whose query is one expression:
// Temporal1 [11], Temporal10 [6], [9], [10]. Expectations are the TCK's.
public class TemporalScenarioTests
{
    [Theory]
    [InlineData("datetime.fromepoch(416779, 999999999)", "1970-01-05T19:46:19.999999999Z")]
    [InlineData("datetime.fromepochmillis(237821673987)", "1977-07-15T13:34:33.987Z")]
    [InlineData("duration.inSeconds(localdatetime('2014-07-21T21:40:36.143'), localdatetime('2014-07-21T21:40:36.142'))", "PT-0.001S")]
    [InlineData("duration.between(date('-999999999-01-01'), date('+999999999-12-31'))", "P1999999998Y11M30D")]
    [InlineData("duration.inSeconds(localdatetime('-999999999-01-01'), localdatetime('+999999999-12-31T23:59:59'))", "PT17531639991215H59M59S")]
    public void Expression_TemporalScenario_RendersAsTck(string expression, string expected) =>
        Assert.Equal(expected, TemporalExpression.Render(expression));
}
