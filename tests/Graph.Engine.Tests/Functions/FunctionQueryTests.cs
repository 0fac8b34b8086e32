using Graph.Core;
using Graph.Engine.Tests.Execution;
using static Graph.Engine.Tests.Values.V;

namespace Graph.Engine.Tests.Functions;

/// <summary>Values and functions through the whole engine, with queries and answers from the TCK.</summary>
public class FunctionQueryTests : EngineTestBase
{
    [Theory]
    [InlineData("RETURN toString(42)", "42")]
    [InlineData("RETURN toString(2.3)", "2.3")]
    [InlineData("RETURN reverse('raksO')", "Oskar")]
    [InlineData("RETURN substring('0123456789', 1)", "123456789")]
    [InlineData("RETURN 'a' + 1.5", "a1.5")]
    [InlineData("RETURN toUpper('abc') + toLower('DEF')", "ABCdef")]
    public async Task Query_StringExpression_ReturnsTckAnswer(string query, string expected)
    {
        Assert.Equal(expected, await ScalarAsync(query));
    }

    [Theory]
    [InlineData("RETURN toInteger('2.9')", 2L)]
    [InlineData("RETURN toInteger(82.9)", 82L)]
    [InlineData("RETURN abs(-1)", 1L)]
    [InlineData("RETURN 12 / 4 * (3 - 2 * 4)", -15L)]
    [InlineData("RETURN size(range(0, 10, 3))", 4L)]
    public async Task Query_IntegerExpression_ReturnsTckAnswer(string query, long expected)
    {
        Assert.Equal(expected, await ScalarAsync(query));
    }

    [Theory]
    [InlineData("RETURN 0.0 / 0.0 > 1", false)]
    [InlineData("RETURN 0.0 / 0.0 = 0.0 / 0.0", false)]
    [InlineData("RETURN [1, 0] >= [1]", true)]
    [InlineData("RETURN 3 IN [[1, 2, 3]][0]", true)]
    [InlineData("RETURN [1, 2] IN [1, [1, 2]]", true)]
    [InlineData("RETURN 1 = 1.0", true)]
    public async Task Query_Predicate_ReturnsTckAnswer(string query, bool expected)
    {
        Assert.Equal(expected, await ScalarAsync(query));
    }

    [Theory]
    [InlineData("RETURN [1, 2] >= [1, null]")]
    [InlineData("RETURN {k: null} = {k: null}")]
    [InlineData("RETURN 4 IN [1, null, 3]")]
    [InlineData("RETURN '1' < 1")]
    public async Task Query_UnknownPredicate_ReturnsNull(string query)
    {
        Assert.Null(await ScalarAsync(query));
    }

    [Fact]
    public async Task OrderBy_MixedTypes_FollowsTckTypeOrder()
    {
        var records = await RunAsync(
            "UNWIND [1.5, null, 'text', false, 0.0 / 0.0, ['list'], {a: 'map'}] AS v RETURN v ORDER BY v");
        var values = records.Select(r => r[0]).ToList();
        Assert.Equal(M("a", "map"), values[0]);
        Assert.Equal(L("list"), values[1]);
        Assert.Equal(["text", false, 1.5], values.Skip(2).Take(3));
        Assert.True(values[5] is double d && double.IsNaN(d));
        Assert.Null(values[6]);
    }

    [Fact]
    public async Task Distinct_IntegerAndEqualFloat_AreOneValue()
    {
        var records = await RunAsync("UNWIND [1, 1.0, null, null, 'a'] AS v RETURN DISTINCT v");
        Assert.Equal(3, records.Count);
    }

    [Fact]
    public async Task Range_ZeroStep_RaisesNumberOutOfRange()
    {
        var error = await FailsAsync("RETURN range(2, 8, 0)");
        Assert.Equal(StatusCodes.ArgumentError, error.Code);
        Assert.Equal("NumberOutOfRange", error.Detail);
    }

    [Fact]
    public async Task Arithmetic_IntegerOverflow_RaisesArithmeticError()
    {
        var error = await FailsAsync("WITH 9223372036854775807 AS big RETURN big + 1");
        Assert.Equal(StatusCodes.ArithmeticError, error.Code);
    }

    [Fact]
    public async Task ToBoolean_Float_RaisesInvalidArgumentValue()
    {
        var error = await FailsAsync("UNWIND [true, 1.0] AS x RETURN toBoolean(x) AS b");
        Assert.Equal(StatusCodes.TypeError, error.Code);
        Assert.Equal("InvalidArgumentValue", error.Detail);
    }
}
