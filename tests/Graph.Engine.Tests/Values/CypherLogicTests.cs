using Graph.Core;
using Graph.Engine.Values;

namespace Graph.Engine.Tests.Values;

public class CypherLogicTests
{
    // TCK expressions/boolean Boolean1-4: the truth tables with null as unknown.
    public static TheoryData<bool?, bool?, bool?, bool?, bool?> TruthTable => new()
    {
        // a, b, a AND b, a OR b, a XOR b
        { true, true, true, true, false },
        { true, false, false, true, true },
        { true, null, null, true, null },
        { false, true, false, true, true },
        { false, false, false, false, false },
        { false, null, false, null, null },
        { null, true, null, true, null },
        { null, false, false, null, null },
        { null, null, null, null, null },
    };

    [Theory]
    [MemberData(nameof(TruthTable))]
    public void Operators_TruthTable_MatchThreeValuedLogic(bool? a, bool? b, bool? and, bool? or, bool? xor)
    {
        Assert.Equal(and, CypherLogic.And(a, b));
        Assert.Equal(or, CypherLogic.Or(a, b));
        Assert.Equal(xor, CypherLogic.Xor(a, b));
    }

    [Fact]
    public void Not_Values_NegatesAndKeepsNull()
    {
        Assert.False(CypherLogic.Not(true));
        Assert.True(CypherLogic.Not(false));
        Assert.Null(CypherLogic.Not(null));
    }

    [Theory]
    [InlineData(1L)]
    [InlineData("true")]
    [InlineData(0.0)]
    public void And_NonBoolean_RaisesTypeError(object operand)
    {
        var error = Assert.Throws<GraphException>(() => CypherLogic.And(true, operand));
        Assert.Equal(StatusCodes.TypeError, error.Code);
        Assert.Equal("InvalidArgumentType", error.Detail);
        Assert.Throws<GraphException>(() => CypherLogic.Not(operand));
    }
}
