using Graph.Core;
using static Graph.Engine.Tests.Functions.F;
using static Graph.Engine.Tests.Values.V;

namespace Graph.Engine.Tests.Functions;

public class StringFunctionsTests
{
    public static TheoryData<string, object?[], object?> Cases => new()
    {
        { "toLower", ["HeLLo"], "hello" },
        { "toUpper", ["HeLLo"], "HELLO" },
        { "lower", ["ÄB"], "äb" },
        { "upper", ["straße"], "STRASSE" },
        { "trim", ["  hello \t\n"], "hello" },
        { "ltrim", ["  hello  "], "hello  " },
        { "rtrim", ["  hello  "], "  hello" },
        { "btrim", ["  hello  "], "hello" },
        { "btrim", ["xxhixx", "x"], "hi" },
        { "ltrim", ["xxhixx", "x"], "hixx" },
        { "rtrim", ["xxhixx", "x"], "xxhi" },
        { "trim", ["\u00A0a\u00A0"], "\u00A0a\u00A0" },
        { "replace", ["hello", "l", "w"], "hewwo" },
        { "replace", ["hello", "", "-"], "-h-e-l-l-o-" },
        { "replace", ["hello", "x", "y"], "hello" },
        { "substring", ["0123456789", 1L], "123456789" },
        { "substring", ["hello", 1L, 3L], "ell" },
        { "substring", ["hello", 10L], "" },
        { "substring", ["hello", 3L, 100L], "lo" },
        { "substring", ["a😀b", 1L, 1L], "😀" },
        { "left", ["hello", 3L], "hel" },
        { "left", ["hello", 30L], "hello" },
        { "right", ["hello", 3L], "llo" },
        { "right", ["hello", 30L], "hello" },
        { "right", ["a😀", 1L], "😀" },
        { "reverse", ["raksO"], "Oskar" },
        { "reverse", ["a😀b"], "b😀a" },
        { "char_length", ["a😀b"], 3L },
        { "character_length", ["hello"], 5L },
        { "normalize", ["e\u0301"], "\u00E9" },
        { "normalize", ["\u00E9", "NFD"], "e\u0301" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Function_Arguments_ReturnNeo4jResult(string name, object?[] arguments, object? expected)
    {
        Assert.Equal(expected, Call(name, arguments));
    }

    [Theory]
    [InlineData("toLower")]
    [InlineData("toUpper")]
    [InlineData("trim")]
    [InlineData("ltrim")]
    [InlineData("reverse")]
    [InlineData("char_length")]
    [InlineData("normalize")]
    public void Function_NullArgument_ReturnsNull(string name)
    {
        Assert.Null(Call(name, [null]));
    }

    [Fact]
    public void NullArguments_InOtherPositions_ReturnNull()
    {
        Assert.Null(Call("replace", null, "a", "b"));
        Assert.Null(Call("replace", "abc", null, "b"));
        Assert.Null(Call("replace", "abc", "a", null));
        Assert.Null(Call("substring", null, 1L));
        Assert.Null(Call("left", null, 1L));
        Assert.Null(Call("right", null, 1L));
        Assert.Null(Call("split", null, ","));
        Assert.Null(Call("split", "a,b", null));
    }

    [Fact]
    public void Split_Delimiter_KeepsEmptyParts()
    {
        Assert.Equal(L("one", "two"), Call("split", "one1two", "1"));
        Assert.Equal(L("a", "b", ""), Call("split", "a,b,", ","));
        Assert.Equal(L("", ""), Call("split", "x", "x"));
    }

    [Fact]
    public void Split_EmptyDelimiter_SplitsIntoCharacters()
    {
        Assert.Equal(L("a", "😀", "c"), Call("split", "a😀c", ""));
    }

    [Fact]
    public void Split_ListOfDelimiters_SplitsOnEach()
    {
        Assert.Equal(L("a", "b", "c"), Call("split", "a,b;c", L(",", ";")));
    }

    [Fact]
    public void Reverse_List_ReversesElements()
    {
        Assert.Equal(L(3L, null, 1L), Call("reverse", L(1L, null, 3L)));
    }

    [Theory]
    [InlineData("toLower", 1L)]
    [InlineData("toUpper", true)]
    [InlineData("trim", 1.5)]
    [InlineData("reverse", 5L)]
    [InlineData("char_length", 5L)]
    public void Function_NonString_RaisesTypeError(string name, object argument)
    {
        AssertError(Fails(name, argument), StatusCodes.TypeError, "InvalidArgumentType");
    }

    [Fact]
    public void Substring_NegativeStartOrLength_RaisesNumberOutOfRange()
    {
        AssertError(Fails("substring", "hello", -1L), StatusCodes.ArgumentError, "NumberOutOfRange");
        AssertError(Fails("substring", "hello", 1L, -1L), StatusCodes.ArgumentError, "NumberOutOfRange");
        AssertError(Fails("left", "hello", -1L), StatusCodes.ArgumentError, "NumberOutOfRange");
        AssertError(Fails("right", "hello", -1L), StatusCodes.ArgumentError, "NumberOutOfRange");
    }

    [Fact]
    public void Substring_NonIntegerPosition_RaisesTypeError()
    {
        AssertError(Fails("substring", "hello", "1"), StatusCodes.TypeError, "InvalidArgumentType");
        AssertError(Fails("substring", "hello", null), StatusCodes.TypeError, "InvalidArgumentType");
        AssertError(Fails("left", "hello", 1.5), StatusCodes.TypeError, "InvalidArgumentType");
    }

    [Fact]
    public void Normalize_UnknownForm_RaisesInvalidArgumentValue()
    {
        AssertError(Fails("normalize", "a", "NFX"), StatusCodes.ArgumentError, "InvalidArgumentValue");
    }
}
