using Graph.Core.Values;
using Graph.Engine.Values;
using static Graph.Engine.Tests.Values.V;
using Path = Graph.Core.Values.Path;

namespace Graph.Engine.Tests.Values;

public class CypherComparerEqualityTests
{
    // TCK expressions/comparison/Comparison1 [6] [7] [8] [9], expressions/null, plus entity identity.
    public static TheoryData<object?, object?, bool?> EqualCases => new()
    {
        { null, null, null },
        { 1L, null, null },
        { null, "a", null },
        { 1L, 1L, true },
        { 1L, 1.0, true },
        { 1.0, 1.0, true },
        { 1L, 2L, false },
        { "1.0", 1.0, false },
        { "1", 1L, false },
        { "a", "a", true },
        { "a", "A", false },
        { true, true, true },
        { true, 1L, false },
        { NaN, 1L, false },
        { NaN, 1.0, false },
        { NaN, NaN, false },
        { NaN, "a", false },
        { 0.0, -0.0, true },
        { 4611686018427387905L, 4611686018427387904L, false },
        { 9007199254740993L, 9007199254740992.0, false },
        { 9007199254740992L, 9007199254740992.0, true },
        { long.MaxValue, 9.223372036854775807e18, false },
        { L(1L, 2L), L(1L), false },
        { L(Null), L(1L), null },
        { L("a"), L(1L), false },
        { L(L(1L)), L(L(1L), L(Null)), false },
        { L(L(1L), L(2L)), L(L(1L), L(Null)), null },
        { L(L(1L), L(2L, 3L)), L(L(1L), L(Null)), false },
        { L(1L, 2.0), L(1.0, 2L), true },
        { L(), L(), true },
        { M(), M(), true },
        { M("k", true), M("k", true), true },
        { M("k", 1L), M("k", 1L), true },
        { M("k", 1.0), M("k", 1L), true },
        { M("k", "a", "l", 2L), M("k", "a", "l", 2L), true },
        { M(), M("k", null), false },
        { M("k", null), M(), false },
        { M("k", 1L), M("k", 1L, "l", null), false },
        { M("k", null, "l", 1L), M("l", 1L), false },
        { M("k", null), M("k", null, "l", null), false },
        { M("k", null), M("k", null), null },
        { M("k", 1L), M("k", null), null },
        { M("k", 1L, "l", null), M("k", null, "l", null), null },
        { M("k", 1L, "l", null), M("k", null, "l", 1L), null },
        { M("k", 1L, "l", null), M("k", 1L, "l", 1L), null },
        { M("k", 1L), L(1L), false },
        { L(1L), "1", false },
        { new CypherDate(10), new CypherDate(10), true },
        { new CypherDate(10), new CypherDate(11), false },
        { new CypherDate(0), new CypherLocalDateTime(0, 0), false },
        { new CypherDuration(1, 2, 3, 4), new CypherDuration(1, 2, 3, 4), true },
        { new CypherDuration(1, 0, 0, 0), new CypherDuration(0, 30, 0, 0), false },
    };

    [Theory]
    [MemberData(nameof(EqualCases))]
    public void Equal_Pair_FollowsCypherEquality(object? a, object? b, bool? expected)
    {
        Assert.Equal(expected, CypherComparer.Equal(a, b));
        Assert.Equal(expected, CypherComparer.Equal(b, a));
        Assert.Equal(!expected, CypherComparer.NotEqual(a, b));
    }

    [Fact]
    public void Equal_SameNodeDifferentSnapshot_IsTrueByElementId()
    {
        var before = new Node(1, "n1", ["A"], new Dictionary<string, object?> { ["x"] = 1L });
        var after = new Node(1, "n1", ["A", "B"], new Dictionary<string, object?>());
        Assert.True(CypherComparer.Equal(before, after));
        Assert.False(CypherComparer.Equal(before, Node(2)));
    }

    [Fact]
    public void Equal_NodeAndRelationship_IsFalse()
    {
        Assert.False(CypherComparer.Equal(Node(1), Rel(1, 1, 1)));
        Assert.True(CypherComparer.Equal(Rel(1, 1, 2), Rel(1, 1, 2)));
    }

    [Fact]
    public void Equal_LoopTraversedInEitherDirection_PathsAreEqual()
    {
        // TCK Comparison1 [14]: direction of traversal is not significant for path equality.
        var node = Node(1, "A");
        var loop = Rel(5, 1, 1, "LOOP");
        var forward = new Path([node, node], [loop]);
        var backward = new Path([node, node], [loop]);
        Assert.True(CypherComparer.Equal(forward, backward));
    }
}
