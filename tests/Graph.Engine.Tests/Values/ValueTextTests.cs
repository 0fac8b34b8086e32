using Graph.Engine.Values;

namespace Graph.Engine.Tests.Values;

public class ValueTextTests
{
    // Java's Double.toString, which Neo4j's toString() and string concatenation use.
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(2.3, "2.3")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(0.0, "0.0")]
    [InlineData(100.0, "100.0")]
    [InlineData(123456.789, "123456.789")]
    [InlineData(9999999.0, "9999999.0")]
    [InlineData(1e7, "1.0E7")]
    [InlineData(12345678.9, "1.23456789E7")]
    [InlineData(1e20, "1.0E20")]
    [InlineData(0.001, "0.001")]
    [InlineData(0.0001, "1.0E-4")]
    [InlineData(1.5e-10, "1.5E-10")]
    [InlineData(0.1, "0.1")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    [InlineData(double.MaxValue, "1.7976931348623157E308")]
    [InlineData(5e-324, "4.9E-324")]
    public void FormatFloat_Value_MatchesJava(double value, string expected)
    {
        Assert.Equal(expected, ValueText.FormatFloat(value));
    }
}
