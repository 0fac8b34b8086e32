using Graph.Core.Values;
using Graph.Engine.Values;
using static Graph.Engine.Tests.Values.V;

namespace Graph.Engine.Tests.Values;

public class CypherComparerComparisonTests
{
    // Sign of a compared with b; null when incomparable (TCK Comparison2, Comparison3).
    public static TheoryData<object?, object?, int?> CompareCases => new()
    {
        { 1L, 3.14, -1 },
        { 3.14, 1L, 1 },
        { 1L, 1.0, 0 },
        { 1.0, 1.0, 0 },
        { "1.0", 1.0, null },
        { "1", 1L, null },
        { "a", "b", -1 },
        { "b", "a", 1 },
        { "", " ", -1 },
        { "a", "aa", -1 },
        { "Z", "a", -1 },
        { false, true, -1 },
        { true, true, 0 },
        { true, 1L, null },
        { null, 1L, null },
        { 1L, null, null },
        { null, null, null },
        { L(1L, 0L), L(1L), 1 },
        { L(1L, null), L(1L), 1 },
        { L(1L, 2L), L(1L, null), null },
        { L(1L, "a"), L(1L, null), null },
        { L(1L, 2L), L(3L, null), -1 },
        { L(), L(), 0 },
        { L(), L(1L), -1 },
        { L("a"), L(1L), null },
        { M("a", 1L), M("a", 1L), null },
        { M(), 1L, null },
        { Node(1), Node(1), null },
        { Node(1), Node(2), null },
        { Rel(1, 1, 2), Rel(2, 1, 2), null },
        { new CypherDate(1), new CypherDate(2), -1 },
        { new CypherDate(1), new CypherLocalDateTime(0, 0), null },
        { new CypherLocalTime(5), new CypherLocalTime(3), 1 },
        { new CypherLocalDateTime(10, 5), new CypherLocalDateTime(10, 6), -1 },
        { new CypherDuration(1, 0, 0, 0), new CypherDuration(2, 0, 0, 0), null },
        { new CypherDate(1), "1970-01-02", null },
    };

    [Theory]
    [MemberData(nameof(CompareCases))]
    public void Compare_Pair_FollowsCypherComparability(object? a, object? b, int? expected)
    {
        Assert.Equal(expected, CypherComparer.Compare(a, b));
        Assert.Equal(expected is null ? null : -expected, CypherComparer.Compare(b, a));
        Assert.Equal(expected is null ? null : expected < 0, CypherComparer.LessThan(a, b));
        Assert.Equal(expected is null ? null : expected <= 0, CypherComparer.LessThanOrEqual(a, b));
        Assert.Equal(expected is null ? null : expected > 0, CypherComparer.GreaterThan(a, b));
        Assert.Equal(expected is null ? null : expected >= 0, CypherComparer.GreaterThanOrEqual(a, b));
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void OrderingPredicates_NaNAgainstNumber_AreAllFalse(object other)
    {
        // TCK Comparison2 [5]: NaN > 1, NaN >= 1, NaN < 1, NaN <= 1 are all false, not null.
        Assert.False(CypherComparer.GreaterThan(NaN, other));
        Assert.False(CypherComparer.GreaterThanOrEqual(NaN, other));
        Assert.False(CypherComparer.LessThan(NaN, other));
        Assert.False(CypherComparer.LessThanOrEqual(NaN, other));
        Assert.False(CypherComparer.LessThan(other, NaN));
        Assert.Null(CypherComparer.Compare(NaN, other));
    }

    [Fact]
    public void OrderingPredicates_NaNAgainstString_AreNull()
    {
        Assert.Null(CypherComparer.GreaterThan(NaN, "a"));
        Assert.Null(CypherComparer.LessThanOrEqual(NaN, "a"));
    }

    [Fact]
    public void Compare_LargeIntegerAgainstNearbyFloat_IsExact()
    {
        // 2^53 + 1 is not representable as a double; it must still compare above 2^53.0.
        Assert.Equal(1, CypherComparer.Compare(9007199254740993L, 9007199254740992.0));
        Assert.Equal(-1, CypherComparer.Compare(long.MaxValue, 9.223372036854775807e18));
        Assert.Equal(1, CypherComparer.Compare(long.MinValue, double.NegativeInfinity));
        Assert.Equal(-1, CypherComparer.Compare(-1L, -0.5));
        Assert.Equal(1, CypherComparer.Compare(0L, -0.5));
    }

    [Fact]
    public void Compare_SupplementaryCharacter_SortsAfterBmpPrivateUse()
    {
        // By code point U+1F600 > U+FFFD, although its UTF-16 lead surrogate (0xD83D) is below 0xFFFD.
        Assert.Equal(1, CypherComparer.Compare("\U0001F600", "\uFFFD"));
        Assert.Equal(-1, CypherComparer.Compare("\uD7FF", "\U0001F600"));
    }

    [Fact]
    public void Compare_TimesWithOffsets_CompareByUtcInstant()
    {
        // 10:00+02:00 is 08:00Z, earlier than 09:00Z.
        var tenPlusTwo = new CypherTime(10L * 3600 * 1_000_000_000, 7200);
        var nineUtc = new CypherTime(9L * 3600 * 1_000_000_000, 0);
        Assert.Equal(-1, CypherComparer.Compare(tenPlusTwo, nineUtc));
    }

    [Fact]
    public void Compare_DateTimesInDifferentZones_CompareByInstant()
    {
        var earlier = new CypherDateTime(1000, 0, 3600, "Europe/Stockholm");
        var later = new CypherDateTime(1001, 0, 0, null);
        Assert.Equal(-1, CypherComparer.Compare(earlier, later));
    }
}
