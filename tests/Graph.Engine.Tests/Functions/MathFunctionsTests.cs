using Graph.Core;
using static Graph.Engine.Tests.Functions.F;

namespace Graph.Engine.Tests.Functions;

public class MathFunctionsTests
{
    public static TheoryData<string, object?[], object?> Cases => new()
    {
        { "abs", [-1L], 1L },
        { "abs", [-1.5], 1.5 },
        { "abs", [3L], 3L },
        { "sign", [-7L], -1L },
        { "sign", [0L], 0L },
        { "sign", [2.5], 1L },
        { "sign", [-0.5], -1L },
        { "ceil", [0.1], 1.0 },
        { "ceil", [1L], 1.0 },
        { "floor", [-0.1], -1.0 },
        { "floor", [2L], 2.0 },
        { "round", [3.141592], 3.0 },
        { "round", [2.5], 3.0 },
        { "round", [-1.5], -1.0 },
        { "round", [-2.5], -2.0 },
        { "round", [0.49999999999999994], 0.0 },
        { "round", [7L], 7.0 },
        { "round", [3.141592, 3L], 3.142 },
        { "round", [2.675, 2L], 2.68 },
        { "round", [-1.5, 0L], -2.0 },
        { "round", [1234.5, -2L], 1200.0 },
        { "round", [1.5, 0L, "HALF_EVEN"], 2.0 },
        { "round", [2.5, 0L, "HALF_EVEN"], 2.0 },
        { "round", [2.5, 0L, "HALF_DOWN"], 2.0 },
        { "round", [2.51, 0L, "HALF_DOWN"], 3.0 },
        { "round", [1.21, 1L, "UP"], 1.3 },
        { "round", [-1.21, 1L, "UP"], -1.3 },
        { "round", [1.29, 1L, "DOWN"], 1.2 },
        { "round", [-1.21, 1L, "CEILING"], -1.2 },
        { "round", [-1.21, 1L, "FLOOR"], -1.3 },
        { "round", [1.5, 3L, "UNNECESSARY"], 1.5 },
        { "round", [0.0001, 2L, "UP"], 0.01 },
        { "round", [0.0001, 2L], 0.0 },
        { "sqrt", [12.96], 3.6 },
        { "sqrt", [4L], 2.0 },
        { "sqrt", [-1L], double.NaN },
        { "exp", [0L], 1.0 },
        { "log", [Math.E], 1.0 },
        { "log", [0L], double.NegativeInfinity },
        { "log10", [1000L], 3.0 },
        { "sin", [0L], 0.0 },
        { "cos", [0L], 1.0 },
        { "tan", [0.0], 0.0 },
        { "cot", [0.0], double.PositiveInfinity },
        { "asin", [1L], Math.PI / 2 },
        { "acos", [1L], 0.0 },
        { "atan", [0L], 0.0 },
        { "atan2", [1L, 1L], Math.PI / 4 },
        { "degrees", [Math.PI], 180.0 },
        { "radians", [180L], Math.PI },
        { "haversin", [0.5], (1 - Math.Cos(0.5)) / 2 },
        { "isNaN", [double.NaN], true },
        { "isNaN", [1.0], false },
        { "isNaN", [1L], false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Function_Arguments_ReturnNeo4jResult(string name, object?[] arguments, object? expected)
    {
        var result = Call(name, arguments);
        Assert.Equal(expected?.GetType(), result?.GetType());
        if (expected is double d) Assert.Equal(d, (double)result!, 12);
        else Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("abs")]
    [InlineData("ceil")]
    [InlineData("round")]
    [InlineData("sqrt")]
    [InlineData("sin")]
    [InlineData("sign")]
    [InlineData("isNaN")]
    public void Function_NullArgument_ReturnsNull(string name)
    {
        Assert.Null(Call(name, [null]));
    }

    [Theory]
    [InlineData("abs", "1")]
    [InlineData("sqrt", true)]
    [InlineData("floor", "x")]
    [InlineData("sign", "x")]
    [InlineData("isNaN", "NaN")]
    public void Function_NonNumber_RaisesTypeError(string name, object argument)
    {
        AssertError(Fails(name, argument), StatusCodes.TypeError, "InvalidArgumentType");
    }

    [Fact]
    public void Constants_EAndPi_AreFloats()
    {
        Assert.Equal(Math.E, Call("e"));
        Assert.Equal(Math.PI, Call("pi"));
    }

    [Fact]
    public void Rand_ManyCalls_StayInUnitIntervalAndVary()
    {
        var values = Enumerable.Range(0, 100).Select(_ => (double)Call("rand")!).ToList();
        Assert.All(values, v => Assert.InRange(v, 0.0, 0.9999999999999999));
        Assert.True(values.Distinct().Count() > 50);
    }

    [Fact]
    public void Round_UnnecessaryModeNeedingRounding_RaisesArgumentError()
    {
        AssertError(Fails("round", 1.55, 1L, "UNNECESSARY"), StatusCodes.ArgumentError, "InvalidArgumentValue");
    }

    [Fact]
    public void Round_UnknownMode_RaisesArgumentError()
    {
        AssertError(Fails("round", 1.55, 1L, "SIDEWAYS"), StatusCodes.ArgumentError, "InvalidArgumentValue");
    }

    [Fact]
    public void Abs_MinimumInteger_RaisesIntegerOverflow()
    {
        AssertError(Fails("abs", long.MinValue), StatusCodes.ArithmeticError, "IntegerOverflow");
    }
}
