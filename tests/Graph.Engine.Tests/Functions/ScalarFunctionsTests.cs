using Graph.Core;
using Graph.Core.Values;
using static Graph.Engine.Tests.Functions.F;
using static Graph.Engine.Tests.Values.V;

namespace Graph.Engine.Tests.Functions;

public class ScalarFunctionsTests
{
    [Fact]
    public void Coalesce_Arguments_ReturnsFirstNonNull()
    {
        Assert.Equal("x", Call("coalesce", null, "x", "y"));
        Assert.Equal(0L, Call("coalesce", 0L, null));
        Assert.Null(Call("coalesce", null, null));
    }

    [Fact]
    public void Keys_Map_ListsEveryKeyIncludingNullValued()
    {
        var keys = Assert.IsAssignableFrom<IReadOnlyList<object?>>(Call("keys", M("exists", 42L, "notMissing", null)));
        Assert.Equal(["exists", "notMissing"], keys.Order());
        Assert.Null(Call("keys", [null]));
    }

    [Fact]
    public void Properties_Map_ReturnsTheMap()
    {
        Assert.Equal(M("a", 1L), Call("properties", M("a", 1L)));
        AssertError(Fails("properties", 1L), StatusCodes.TypeError, "InvalidArgumentType");
    }

    [Fact]
    public void NullIf_EqualValues_ReturnsNull()
    {
        Assert.Null(Call("nullIf", 1L, 1.0));
        Assert.Equal("a", Call("nullIf", "a", "b"));
        Assert.Equal(1L, Call("nullIf", 1L, null));
    }

    [Fact]
    public void IsEmpty_StringsListsMaps_TestEmptiness()
    {
        Assert.Equal(true, Call("isEmpty", ""));
        Assert.Equal(false, Call("isEmpty", L(1L)));
        Assert.Equal(true, Call("isEmpty", M()));
        AssertError(Fails("isEmpty", 1L), StatusCodes.TypeError, "InvalidArgumentType");
    }

    public static TheoryData<object?, string> ValueTypeCases => new()
    {
        { null, "NULL" },
        { 1L, "INTEGER NOT NULL" },
        { 1.5, "FLOAT NOT NULL" },
        { "a", "STRING NOT NULL" },
        { true, "BOOLEAN NOT NULL" },
        { M(), "MAP NOT NULL" },
        { Node(1), "NODE NOT NULL" },
        { new CypherDate(0), "DATE NOT NULL" },
        { new CypherDateTime(0, 0, 0, null), "ZONED DATETIME NOT NULL" },
        { L(), "LIST<NOTHING> NOT NULL" },
        { L(1L, 2L), "LIST<INTEGER NOT NULL> NOT NULL" },
        { L(1L, null), "LIST<INTEGER> NOT NULL" },
        { L("a", 1L), "LIST<STRING NOT NULL | INTEGER NOT NULL> NOT NULL" },
        { L(L(1L)), "LIST<LIST<INTEGER NOT NULL> NOT NULL> NOT NULL" },
    };

    [Theory]
    [MemberData(nameof(ValueTypeCases))]
    public void ValueType_Value_NamesItsCypherType(object? value, string expected)
    {
        Assert.Equal(expected, Call("valueType", value));
    }

    [Fact]
    public void RandomUuid_TwoCalls_AreDistinctUuids()
    {
        var first = Assert.IsType<string>(Call("randomUUID"));
        var second = Assert.IsType<string>(Call("randomUUID"));
        Assert.True(Guid.TryParse(first, out _));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Registry_NondeterministicFunctions_AreMarked()
    {
        foreach (var name in new[] { "rand", "randomUUID" })
        {
            Assert.True(Graph.Engine.Functions.FunctionRegistry.Builtins.TryGet(name, out var function));
            Assert.False(function.IsDeterministic);
        }
        Assert.True(Graph.Engine.Functions.FunctionRegistry.Builtins.TryGet("toUpper", out var upper));
        Assert.True(upper.IsDeterministic);
    }
}
