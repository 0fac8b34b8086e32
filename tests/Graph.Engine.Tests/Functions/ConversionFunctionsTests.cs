using Graph.Core;
using Graph.Core.Values;
using static Graph.Engine.Tests.Functions.F;
using static Graph.Engine.Tests.Values.V;
using Path = Graph.Core.Values.Path;

namespace Graph.Engine.Tests.Functions;

public class ConversionFunctionsTests
{
    public static TheoryData<string, object?, object?> Cases => new()
    {
        // TCK TypeConversion1: toBoolean.
        { "toBoolean", true, true },
        { "toBoolean", "true", true },
        { "toBoolean", "false", false },
        { "toBoolean", "", null },
        { "toBoolean", " tru ", null },
        { "toBoolean", "f alse", null },
        { "toBoolean", "TRUE", true },
        { "toBoolean", 0L, false },
        { "toBoolean", 5L, true },
        // TCK TypeConversion2: toInteger.
        { "toInteger", 82.9, 82L },
        { "toInteger", -2.9, -2L },
        { "toInteger", 2L, 2L },
        { "toInteger", "foo", null },
        { "toInteger", "", null },
        { "toInteger", "1.7", 1L },
        { "toInteger", "2.9", 2L },
        { "toInteger", "-1.9", -1L },
        { "toInteger", "42", 42L },
        { "toInteger", "+42", 42L },
        { "toInteger", "1e3", 1000L },
        { "toInteger", "1.5e1", 15L },
        { "toInteger", "9223372036854775807", long.MaxValue },
        { "toInteger", "-9223372036854775808", long.MinValue },
        { "toInteger", " 1", null },
        { "toInteger", true, 1L },
        { "toInteger", false, 0L },
        // TCK TypeConversion3: toFloat.
        { "toFloat", 3.4, 3.4 },
        { "toFloat", 3L, 3.0 },
        { "toFloat", "5", 5.0 },
        { "toFloat", "foo", null },
        { "toFloat", "", null },
        { "toFloat", "1.5e3", 1500.0 },
        { "toFloat", " 2.5 ", 2.5 },
        { "toFloat", ".5", 0.5 },
        { "toFloat", "NaN", double.NaN },
        { "toFloat", "-Infinity", double.NegativeInfinity },
        // TCK TypeConversion4: toString.
        { "toString", 42L, "42" },
        { "toString", true, "true" },
        { "toString", false, "false" },
        { "toString", 2.3, "2.3" },
        { "toString", 1.0, "1.0" },
        { "toString", "apa", "apa" },
        { "toString", new CypherDate(0), "1970-01-01" },
        { "toString", new CypherDuration(0, 1, 0, 0), new CypherDuration(0, 1, 0, 0).ToString() },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Conversion_Value_ReturnsNeo4jResult(string name, object? argument, object? expected)
    {
        Assert.Equal(expected, Call(name, argument));
        Assert.Equal(expected, Call(name + "OrNull", argument));
    }

    [Theory]
    [InlineData("toString")]
    [InlineData("toInteger")]
    [InlineData("toFloat")]
    [InlineData("toBoolean")]
    [InlineData("toStringOrNull")]
    [InlineData("toStringList")]
    public void Conversion_Null_ReturnsNull(string name)
    {
        Assert.Null(Call(name, [null]));
    }

    public static TheoryData<string, object> Unconvertible
    {
        get
        {
            var node = Node(1);
            var rel = Rel(1, 1, 2);
            var path = new Path([node, Node(2)], [rel]);
            var data = new TheoryData<string, object>();
            foreach (var name in new[] { "toString", "toInteger", "toFloat", "toBoolean" })
            {
                foreach (var value in new object[] { L(), M(), node, rel, path }) data.Add(name, value);
            }
            data.Add("toBoolean", 1.0);
            data.Add("toFloat", true);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Unconvertible))]
    public void Conversion_UnconvertibleType_RaisesInvalidArgumentValue(string name, object argument)
    {
        AssertError(Fails(name, argument), StatusCodes.TypeError, "InvalidArgumentValue");
        Assert.Null(Call(name + "OrNull", argument));
    }

    [Fact]
    public void ToInteger_NumberTooLargeForInteger_RaisesTypeError()
    {
        Assert.Equal(StatusCodes.TypeError, Fails("toInteger", "9223372036854775808").Code);
        Assert.Equal(StatusCodes.TypeError, Fails("toInteger", "1e30").Code);
        Assert.Null(Call("toIntegerOrNull", "1e30"));
        Assert.Equal(0L, Call("toInteger", "1e-30"));
    }

    [Fact]
    public void ListConversions_MixedList_ConvertElementWiseOrNull()
    {
        Assert.Equal(L("1", "2.5", "true", null, null), Call("toStringList", L(1L, 2.5, true, null, L())));
        Assert.Equal(L(1L, 2L, null, null), Call("toIntegerList", L("1", 2.9, "x", M())));
        Assert.Equal(L(1.0, 2.0, null), Call("toFloatList", L("1", 2L, "x")));
        Assert.Equal(L(true, false, null, null), Call("toBooleanList", L("true", false, "x", 1.5)));
    }

    [Fact]
    public void ListConversions_NonList_RaiseTypeError()
    {
        AssertError(Fails("toIntegerList", "1"), StatusCodes.TypeError, "InvalidArgumentType");
    }
}
