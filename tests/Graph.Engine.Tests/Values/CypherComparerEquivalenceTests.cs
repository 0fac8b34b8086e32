using Graph.Engine.Values;
using static Graph.Engine.Tests.Values.V;

namespace Graph.Engine.Tests.Values;

public class CypherComparerEquivalenceTests
{
    public static TheoryData<object?, object?> EquivalentPairs => new()
    {
        { null, null },
        { NaN, NaN },
        { 1L, 1.0 },
        { 0.0, -0.0 },
        { "a", "a" },
        { L(1L, null), L(1.0, null) },
        { M("k", null), M("k", null) },
        { M("a", 1L, "b", L(2L)), M("b", L(2.0), "a", 1.0) },
        { Node(3), Node(3) },
        { new byte[] { 1, 2 }, new byte[] { 1, 2 } },
    };

    public static TheoryData<object?, object?> DistinctPairs => new()
    {
        { null, 0L },
        { NaN, 1.0 },
        { 1L, "1" },
        { 9007199254740993L, 9007199254740992.0 },
        { L(1L), L(1L, 1L) },
        { M("k", null), M() },
        { M("k", 1L), L(1L) },
        { true, 1L },
        { Node(3), Node(4) },
    };

    [Theory]
    [MemberData(nameof(EquivalentPairs))]
    public void Equivalence_EquivalentPair_IsEqualWithSameHash(object? a, object? b)
    {
        Assert.True(CypherComparer.Equivalence.Equals(a, b));
        Assert.True(CypherComparer.Equivalence.Equals(b, a));
        Assert.Equal(CypherComparer.Equivalence.GetHashCode(a!), CypherComparer.Equivalence.GetHashCode(b!));
        Assert.Equal(0, CypherComparer.Order(a, b));
    }

    [Theory]
    [MemberData(nameof(DistinctPairs))]
    public void Equivalence_DistinctPair_IsNotEqual(object? a, object? b)
    {
        Assert.False(CypherComparer.Equivalence.Equals(a, b));
        Assert.False(CypherComparer.Equivalence.Equals(b, a));
        Assert.NotEqual(0, CypherComparer.Order(a, b));
    }

    [Fact]
    public void Equivalence_AsHashSetComparer_DeduplicatesLikeDistinct()
    {
        var set = new HashSet<object?>(CypherComparer.Equivalence) { 1L, 1.0, null, null, NaN, NaN, L(1L), L(1.0), "1" };
        Assert.Equal(5, set.Count);
    }
}
