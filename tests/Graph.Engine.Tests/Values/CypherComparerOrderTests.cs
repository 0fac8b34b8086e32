using Graph.Core.Values;
using Graph.Engine.Values;
using static Graph.Engine.Tests.Values.V;
using Path = Graph.Core.Values.Path;

namespace Graph.Engine.Tests.Values;

public class CypherComparerOrderTests
{
    private static void AssertAscending(params object?[] expected)
    {
        var shuffled = expected.Reverse().ToList();
        (shuffled[0], shuffled[^1]) = (shuffled[^1], shuffled[0]);
        var sorted = shuffled.Order(Comparer<object?>.Create(CypherComparer.Order)).ToList();
        Assert.Equal(expected.Select(CypherValue.ToCypherString), sorted.Select(CypherValue.ToCypherString));
        for (var i = 0; i + 1 < expected.Length; i++)
        {
            Assert.True(CypherComparer.Order(expected[i], expected[i + 1]) < 0, $"{expected[i]} before {expected[i + 1]}");
            Assert.True(CypherComparer.Order(expected[i + 1], expected[i]) > 0, $"{expected[i + 1]} after {expected[i]}");
        }
    }

    [Fact]
    public void Order_DistinctTypes_FollowTckTypeOrder()
    {
        // TCK ReturnOrderBy1 [11]: map, node, relationship, list, path, string, boolean, number, NaN, null.
        var node = Node(1, "N");
        var rel = Rel(1, 1, 2, "REL");
        var path = new Path([node, Node(2)], [rel]);
        AssertAscending(M("a", "map"), node, rel, L("list"), path, "text", false, 1.5, NaN, null);
    }

    [Fact]
    public void Order_TemporalTypes_SortBetweenPathAndString()
    {
        var path = new Path([Node(1)], []);
        AssertAscending(path, new CypherPoint(7203, 1, 2, null), new CypherDateTime(0, 0, 0, null),
            new CypherLocalDateTime(0, 0), new CypherDate(0), new CypherTime(0, 0), new CypherLocalTime(0),
            new CypherDuration(0, 0, 0, 0), "");
    }

    [Fact]
    public void Order_Lists_AreLexicographicWithTypeOrderInside()
    {
        // TCK ReturnOrderBy1 [9].
        AssertAscending(L(), L("a"), L("a", 1L), L(1L), L(1L, "a"), L(1L, null), L(null, 1L), L(null, 2L));
    }

    [Fact]
    public void Order_Strings_AreOrdinal()
    {
        // TCK ReturnOrderBy1 [3].
        AssertAscending("", " ", ".*", "B", "one");
    }

    [Fact]
    public void Order_NumbersAcrossTypes_AreByValueThenNaN()
    {
        AssertAscending(double.NegativeInfinity, long.MinValue, -1.5, -1L, 0L, 0.5, 1L, 1.3, 2L,
            long.MaxValue, double.PositiveInfinity, NaN);
        Assert.Equal(0, CypherComparer.Order(1L, 1.0));
        Assert.Equal(0, CypherComparer.Order(NaN, NaN));
        Assert.Equal(0, CypherComparer.Order(null, null));
    }

    [Fact]
    public void Order_Booleans_FalseBeforeTrue()
    {
        AssertAscending(false, true);
    }

    [Fact]
    public void Order_Maps_BySizeThenKeysThenValues()
    {
        AssertAscending(M(), M("a", 2L), M("b", 1L), M("a", 1L, "b", 1L), M("a", 1L, "b", 2L));
    }

    [Fact]
    public void Order_Durations_ByAverageLength()
    {
        // A month averages 30.436875 days, so it sorts between 30 and 31 days.
        AssertAscending(new CypherDuration(0, 0, 59, 0), new CypherDuration(0, 1, 0, 0), new CypherDuration(0, 30, 0, 0),
            new CypherDuration(1, 0, 0, 0), new CypherDuration(0, 31, 0, 0));
    }

    [Fact]
    public void Order_Nodes_ById()
    {
        AssertAscending(Node(1), Node(2), Node(10));
    }
}
