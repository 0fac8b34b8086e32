namespace Graph.Engine.Tests.Temporal;

// Generated once from the TCK's expressions/temporal/Temporal4.feature outline rows (expression with the WITH bindings
// inlined, expected rendering as the feature prints it); the expectations are the TCK's, not our outputs.
public class Temporal4ExamplesTests
{
    [Theory]
    [InlineData("date(null)", "null")]
    [InlineData("date.transaction(null)", "null")]
    [InlineData("date.statement(null)", "null")]
    [InlineData("date.realtime(null)", "null")]
    [InlineData("localtime(null)", "null")]
    [InlineData("localtime.transaction(null)", "null")]
    [InlineData("localtime.statement(null)", "null")]
    [InlineData("localtime.realtime(null)", "null")]
    [InlineData("time(null)", "null")]
    [InlineData("time.transaction(null)", "null")]
    [InlineData("time.statement(null)", "null")]
    [InlineData("time.realtime(null)", "null")]
    [InlineData("localdatetime(null)", "null")]
    [InlineData("localdatetime.transaction(null)", "null")]
    [InlineData("localdatetime.statement(null)", "null")]
    [InlineData("localdatetime.realtime(null)", "null")]
    [InlineData("datetime(null)", "null")]
    [InlineData("datetime.transaction(null)", "null")]
    [InlineData("datetime.statement(null)", "null")]
    [InlineData("datetime.realtime(null)", "null")]
    [InlineData("duration(null)", "null")]
    public void Expression_Temporal4Example_RendersAsTck(string expression, string expected) =>
        Assert.Equal(expected, TemporalExpression.Render(expression));
}
