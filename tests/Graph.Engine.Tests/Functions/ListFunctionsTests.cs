using Graph.Core;
using static Graph.Engine.Tests.Functions.F;
using static Graph.Engine.Tests.Values.V;

namespace Graph.Engine.Tests.Functions;

public class ListFunctionsTests
{
    // TCK List11 [1] and [2].
    [Theory]
    [InlineData(-1236L, -1234L, 1L, new long[] { -1236, -1235, -1234 })]
    [InlineData(0L, -123L, 1L, new long[0])]
    [InlineData(0L, 0L, 1L, new long[] { 0 })]
    [InlineData(1381L, -3412L, -1298L, new long[] { 1381, 83, -1215, -2513 })]
    [InlineData(10L, -10L, -3L, new long[] { 10, 7, 4, 1, -2, -5, -8 })]
    [InlineData(0L, 1L, -123L, new long[0])]
    [InlineData(0L, 0L, -1L, new long[] { 0 })]
    [InlineData(0L, 1L, 2L, new long[] { 0 })]
    [InlineData(-10L, 10L, 3L, new long[] { -10, -7, -4, -1, 2, 5, 8 })]
    [InlineData(-3412L, 1381L, 1298L, new long[] { -3412, -2114, -816, 482 })]
    public void Range_StartEndStep_ListsTheSteps(long start, long end, long step, long[] expected)
    {
        Assert.Equal(expected.Cast<object?>().ToList(), Call("range", start, end, step));
        if (step == 1) Assert.Equal(expected.Cast<object?>().ToList(), Call("range", start, end));
    }

    [Fact]
    public void Range_NearLongLimits_DoesNotOverflow()
    {
        Assert.Equal(L(long.MaxValue - 1, long.MaxValue), Call("range", long.MaxValue - 1, long.MaxValue));
        Assert.Equal(L(long.MinValue, -1L, long.MaxValue - 1), Call("range", long.MinValue, long.MaxValue, long.MaxValue));
    }

    [Fact]
    public void Range_ZeroStep_RaisesNumberOutOfRange()
    {
        AssertError(Fails("range", 2L, 8L, 0L), StatusCodes.ArgumentError, "NumberOutOfRange");
        AssertError(Fails("range", 0L, 0L, 0L), StatusCodes.ArgumentError, "NumberOutOfRange");
    }

    public static TheoryData<object, object, object> BadRangeArguments => new()
    {
        { true, 1L, 1L },
        { 0L, true, 1L },
        { 0L, 1L, true },
        { -1.1, 1L, 1L },
        { 0.0, 1L, 1L },
        { 0L, 1.1, 1L },
        { 0L, 1L, 1.1 },
        { "xyz", 1L, 1L },
        { L(0L), 1L, 1L },
        { 0L, 1L, M("step", 1L) },
    };

    [Theory]
    [MemberData(nameof(BadRangeArguments))]
    public void Range_NonIntegerArgument_RaisesArgumentErrorInvalidArgumentType(object start, object end, object step)
    {
        // TCK List11 [5].
        AssertError(Fails("range", start, end, step), StatusCodes.ArgumentError, "InvalidArgumentType");
    }

    [Fact]
    public void Range_HugeSpan_RaisesInsteadOfExhaustingMemory()
    {
        AssertError(Fails("range", 0L, long.MaxValue), StatusCodes.ArgumentError, "NumberOutOfRange");
    }

    [Fact]
    public void HeadLastTail_Lists_PickElements()
    {
        Assert.Equal(1L, Call("head", L(1L, 2L, 3L)));
        Assert.Equal(3L, Call("last", L(1L, 2L, 3L)));
        Assert.Equal(L(2L, 3L), Call("tail", L(1L, 2L, 3L)));
        Assert.Equal(L(3L, 4L, 5L), Call("tail", Call("tail", L(1L, 2L, 3L, 4L, 5L))));
    }

    [Fact]
    public void HeadLastTail_EmptyList_GiveNullOrEmpty()
    {
        Assert.Null(Call("head", L()));
        Assert.Null(Call("last", L()));
        Assert.Equal(L(), Call("tail", L()));
        Assert.Null(Call("head", L(Null, 1L)));
    }

    [Theory]
    [InlineData("head")]
    [InlineData("last")]
    [InlineData("tail")]
    [InlineData("size")]
    public void Function_NullArgument_ReturnsNull(string name)
    {
        Assert.Null(Call(name, [null]));
    }

    [Theory]
    [InlineData("head", 1L)]
    [InlineData("last", "abc")]
    [InlineData("tail", true)]
    [InlineData("size", 1L)]
    public void Function_NonList_RaisesTypeError(string name, object argument)
    {
        AssertError(Fails(name, argument), StatusCodes.TypeError, "InvalidArgumentType");
    }

    [Fact]
    public void Size_ListsAndStrings_CountElementsAndCodePoints()
    {
        Assert.Equal(3L, Call("size", L(1L, 2L, 3L)));
        Assert.Equal(3L, Call("size", L(L(), L(), L())));
        Assert.Equal(0L, Call("size", ""));
        Assert.Equal(2L, Call("size", "a😀"));
    }
}
