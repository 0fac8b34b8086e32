using Graph.Core;
using Graph.Core.Values;
using Graph.Engine.Values;
using static Graph.Engine.Tests.Values.V;

namespace Graph.Engine.Tests.Values;

public class CypherArithmeticTests
{
    public static TheoryData<ArithmeticOperator, object?, object?, object?> Cases => new()
    {
        { ArithmeticOperator.Add, 1L, 2L, 3L },
        { ArithmeticOperator.Add, 1L, 2.5, 3.5 },
        { ArithmeticOperator.Add, 1.5, 2L, 3.5 },
        { ArithmeticOperator.Subtract, 1L, 3L, -2L },
        { ArithmeticOperator.Multiply, 4L, 3L, 12L },
        { ArithmeticOperator.Multiply, 4L, 0.5, 2.0 },
        { ArithmeticOperator.Divide, 7L, 2L, 3L },
        { ArithmeticOperator.Divide, -7L, 2L, -3L },
        { ArithmeticOperator.Divide, 7.0, 2L, 3.5 },
        { ArithmeticOperator.Divide, 1.0, 0L, double.PositiveInfinity },
        { ArithmeticOperator.Divide, 1L, 0.0, double.PositiveInfinity },
        { ArithmeticOperator.Divide, -1.0, 0.0, double.NegativeInfinity },
        { ArithmeticOperator.Divide, 0.0, 0.0, double.NaN },
        { ArithmeticOperator.Modulo, 7L, 3L, 1L },
        { ArithmeticOperator.Modulo, -7L, 3L, -1L },
        { ArithmeticOperator.Modulo, 7.5, 2L, 1.5 },
        { ArithmeticOperator.Modulo, long.MinValue, -1L, 0L },
        { ArithmeticOperator.Power, 2L, 3L, 8.0 },
        { ArithmeticOperator.Power, 2L, -1L, 0.5 },
        { ArithmeticOperator.Power, 4.0, 0.5, 2.0 },
        { ArithmeticOperator.Power, 1L, double.NaN, double.NaN },
        { ArithmeticOperator.Add, "a", "b", "ab" },
        { ArithmeticOperator.Add, "a", 1L, "a1" },
        { ArithmeticOperator.Add, 1L, "a", "1a" },
        { ArithmeticOperator.Add, "a", 1.5, "a1.5" },
        { ArithmeticOperator.Add, "a", 1.0, "a1.0" },
        { ArithmeticOperator.Add, "x", true, "xtrue" },
        { ArithmeticOperator.Add, null, 1L, null },
        { ArithmeticOperator.Add, 1L, null, null },
        { ArithmeticOperator.Add, "a", null, null },
        { ArithmeticOperator.Multiply, null, "a", null },
        { ArithmeticOperator.Divide, null, 0L, null },
        { ArithmeticOperator.Add, null, L(1L), null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Apply_Operands_GivesNeo4jResult(ArithmeticOperator op, object? left, object? right, object? expected)
    {
        var result = CypherArithmetic.Apply(op, left, right);
        Assert.Equal(expected?.GetType(), result?.GetType());
        Assert.Equal(expected, result);
    }

    [Fact]
    public void Apply_ListPlusList_Concatenates()
    {
        // TCK List4 [1].
        var result = CypherArithmetic.Apply(ArithmeticOperator.Add, L(1L, 10L, 100L), L(4L, 5L));
        Assert.Equal(L(1L, 10L, 100L, 4L, 5L), Assert.IsAssignableFrom<IReadOnlyList<object?>>(result));
    }

    [Fact]
    public void Apply_ListPlusElement_Appends()
    {
        // TCK List4 [2]: [false, true] + false.
        var appended = CypherArithmetic.Apply(ArithmeticOperator.Add, L(false, true), false);
        Assert.Equal(L(false, true, false), Assert.IsAssignableFrom<IReadOnlyList<object?>>(appended));
        var prepended = CypherArithmetic.Apply(ArithmeticOperator.Add, "a", L(1L));
        Assert.Equal(L("a", 1L), Assert.IsAssignableFrom<IReadOnlyList<object?>>(prepended));
        var nested = CypherArithmetic.Apply(ArithmeticOperator.Add, L(L()), L(L()));
        Assert.Equal(2, Assert.IsAssignableFrom<IReadOnlyList<object?>>(nested).Count);
    }

    [Theory]
    [InlineData(ArithmeticOperator.Add, long.MaxValue, 1L)]
    [InlineData(ArithmeticOperator.Subtract, long.MinValue, 1L)]
    [InlineData(ArithmeticOperator.Multiply, 4611686018427387904L, 2L)]
    [InlineData(ArithmeticOperator.Divide, long.MinValue, -1L)]
    public void Apply_IntegerOverflow_RaisesArithmeticError(ArithmeticOperator op, long left, long right)
    {
        var error = Assert.Throws<GraphException>(() => CypherArithmetic.Apply(op, left, right));
        Assert.Equal(StatusCodes.ArithmeticError, error.Code);
        Assert.Equal("IntegerOverflow", error.Detail);
    }

    [Theory]
    [InlineData(ArithmeticOperator.Divide)]
    [InlineData(ArithmeticOperator.Modulo)]
    public void Apply_IntegerByZero_RaisesDivisionByZero(ArithmeticOperator op)
    {
        var error = Assert.Throws<GraphException>(() => CypherArithmetic.Apply(op, 5L, 0L));
        Assert.Equal(StatusCodes.ArithmeticError, error.Code);
        Assert.Equal("DivisionByZero", error.Detail);
    }

    public static TheoryData<ArithmeticOperator, object, object> TypeErrors => new()
    {
        { ArithmeticOperator.Add, 1L, true },
        { ArithmeticOperator.Add, M(), 1L },
        { ArithmeticOperator.Add, "a", M() },
        { ArithmeticOperator.Subtract, "a", 1L },
        { ArithmeticOperator.Subtract, L(1L), L(1L) },
        { ArithmeticOperator.Multiply, "a", 2L },
        { ArithmeticOperator.Divide, true, 2L },
        { ArithmeticOperator.Power, 2L, "3" },
        { ArithmeticOperator.Subtract, new CypherDate(0), 1L },
    };

    [Theory]
    [MemberData(nameof(TypeErrors))]
    public void Apply_IncompatibleTypes_RaisesTypeError(ArithmeticOperator op, object left, object right)
    {
        var error = Assert.Throws<GraphException>(() => CypherArithmetic.Apply(op, left, right));
        Assert.Equal(StatusCodes.TypeError, error.Code);
        Assert.Equal("InvalidArgumentType", error.Detail);
    }

    [Fact]
    public void Negate_Numbers_FlipsSign()
    {
        Assert.Equal(-5L, CypherArithmetic.Negate(5L));
        Assert.Equal(-2.5, CypherArithmetic.Negate(2.5));
        Assert.Null(CypherArithmetic.Negate(null));
    }

    [Fact]
    public void Negate_MinimumInteger_RaisesIntegerOverflow()
    {
        var error = Assert.Throws<GraphException>(() => CypherArithmetic.Negate(long.MinValue));
        Assert.Equal("IntegerOverflow", error.Detail);
    }

    [Fact]
    public void Negate_String_RaisesTypeError()
    {
        var error = Assert.Throws<GraphException>(() => CypherArithmetic.Negate("a"));
        Assert.Equal(StatusCodes.TypeError, error.Code);
        Assert.Equal("InvalidArgumentType", error.Detail);
    }
}
