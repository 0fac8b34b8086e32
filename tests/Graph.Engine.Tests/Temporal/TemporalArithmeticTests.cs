using Graph.Core;
using Graph.Core.Values;
using Graph.Engine.Temporal;
using Graph.Engine.Values;

namespace Graph.Engine.Tests.Temporal;

public class TemporalArithmeticTests
{
    private static readonly CypherDuration OneDay = new(0, 1, 0, 0);

    [Fact]
    public void TryApply_NonTemporalOperands_ReturnsFalse() =>
        Assert.False(TemporalArithmetic.TryApply(ArithmeticOperator.Add, 1L, 2L, out _));

    [Fact]
    public void TryApply_DurationMinusDate_ReturnsFalse() =>
        Assert.False(TemporalArithmetic.TryApply(ArithmeticOperator.Subtract, OneDay, new CypherDate(0), out _));

    [Fact]
    public void TryApply_DateTimesAdded_ReturnsFalse() =>
        Assert.False(TemporalArithmetic.TryApply(ArithmeticOperator.Add, new CypherDate(0), new CypherDate(1), out _));

    [Fact]
    public void TryApply_NullBesideDuration_GivesNull()
    {
        Assert.True(TemporalArithmetic.TryApply(ArithmeticOperator.Add, null, OneDay, out var result));
        Assert.Null(result);
    }

    [Fact]
    public void TryApply_DurationPlusDate_AddsToTheDate()
    {
        Assert.True(TemporalArithmetic.TryApply(ArithmeticOperator.Add, OneDay, new CypherDate(0), out var result));
        Assert.Equal(new CypherDate(1), result);
    }

    [Fact]
    public void TryApply_DurationDividedByZero_RaisesArithmeticError()
    {
        var error = Assert.Throws<GraphException>(() => TemporalArithmetic.TryApply(ArithmeticOperator.Divide, OneDay, 0L, out _));
        Assert.Equal(StatusCodes.ArithmeticError, error.Code);
    }

    [Fact]
    public void TryApply_DurationMultipliedPastLongRange_RaisesArithmeticError()
    {
        var error = Assert.Throws<GraphException>(() =>
            TemporalArithmetic.TryApply(ArithmeticOperator.Multiply, new CypherDuration(long.MaxValue / 2, 0, 0, 0), 3L, out _));
        Assert.Equal(StatusCodes.ArithmeticError, error.Code);
    }

    [Fact]
    public void TryApply_NegatedDuration_NormalisesNanos()
    {
        Assert.True(TemporalArithmetic.TryApply(ArithmeticOperator.Multiply, new CypherDuration(0, 0, 1, 500_000_000), -1L, out var result));
        Assert.Equal(new CypherDuration(0, 0, -2, 500_000_000), result);
        Assert.Equal("PT-1.5S", result!.ToString());
    }

    [Fact]
    public void Plus_PastLastSupportedYear_RaisesArgumentError()
    {
        var error = Assert.Throws<GraphException>(() => TemporalExpression.Evaluate("date('+999999999-12-31') + duration('P1D')"));
        Assert.Equal(StatusCodes.ArgumentError, error.Code);
    }

    [Theory]
    [InlineData("duration('P99999999999999999999Y')")]
    [InlineData("duration({years: 9223372036854775807})")]
    public void Duration_BeyondLongRange_RaisesArgumentError(string expression)
    {
        var error = Assert.Throws<GraphException>(() => TemporalExpression.Evaluate(expression));
        Assert.Equal(StatusCodes.ArgumentError, error.Code);
    }
}
