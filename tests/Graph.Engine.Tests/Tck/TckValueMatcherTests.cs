using Graph.Core.Values;
using Path = Graph.Core.Values.Path;

namespace Graph.Engine.Tests.Tck;

public class TckValueMatcherTests
{
    private static readonly Node A = new(1, "n1", ["A"], new Dictionary<string, object?> { ["name"] = "a" });
    private static readonly Node B = new(2, "n2", ["B", "C"], new Dictionary<string, object?>());
    private static readonly Relationship AToB = new(3, "r3", 1, "n1", 2, "n2", "T", new Dictionary<string, object?> { ["w"] = 1L });

    private static bool Matches(string expected, object? actual, bool listsAsBags = false) =>
        TckValueMatcher.Matches(TckValueParser.Parse(expected), actual, listsAsBags);

    [Fact]
    public void Matches_SameScalars_True()
    {
        Assert.True(Matches("1", 1L));
        Assert.True(Matches("1.5", 1.5));
        Assert.True(Matches("NaN", double.NaN));
        Assert.True(Matches("'x'", "x"));
        Assert.True(Matches("null", null));
        Assert.True(Matches("false", false));
    }

    [Fact]
    public void Matches_IntegerAgainstFloat_False()
    {
        Assert.False(Matches("1", 1.0));
        Assert.False(Matches("1.0", 1L));
        Assert.False(Matches("'1'", 1L));
        Assert.False(Matches("null", false));
        Assert.False(Matches("0.1", 0.1000000001));
    }

    [Fact]
    public void Matches_TemporalValue_ComparesItsIsoString()
    {
        Assert.True(Matches("'1816-01-01'", new CypherDate(TemporalFormat.DaysFromCivil(1816, 1, 1))));
        Assert.True(Matches("'PT-0.001S'", new CypherDuration(0, 0, 0, -1_000_000)));
        Assert.False(Matches("'1816-01-02'", new CypherDate(TemporalFormat.DaysFromCivil(1816, 1, 1))));
    }

    [Fact]
    public void Matches_List_IsOrderedUnlessListsAreBags()
    {
        var list = new List<object?> { 1L, 2L, new List<object?> { 3L, 4L } };

        Assert.True(Matches("[1, 2, [3, 4]]", list));
        Assert.False(Matches("[2, 1, [3, 4]]", list));
        Assert.True(Matches("[2, 1, [4, 3]]", list, listsAsBags: true));
        Assert.False(Matches("[2, 1, [4, 4]]", list, listsAsBags: true));
        Assert.False(Matches("[1, 2]", list));
    }

    [Fact]
    public void Matches_Map_NeedsTheSameKeys()
    {
        var map = new Dictionary<string, object?> { ["a"] = 1L, ["b"] = null };

        Assert.True(Matches("{b: null, a: 1}", map));
        Assert.False(Matches("{a: 1}", map));
        Assert.False(Matches("{a: 1, b: null, c: 2}", map));
    }

    [Fact]
    public void Matches_Node_ComparesLabelSetAndProperties()
    {
        Assert.True(Matches("(:A {name: 'a'})", A));
        Assert.True(Matches("(:C:B)", B));
        Assert.False(Matches("(:A)", A));
        Assert.False(Matches("(:B {name: 'a'})", A));
        Assert.False(Matches("(:B)", B));
        Assert.False(Matches("{name: 'a'}", A));
    }

    [Fact]
    public void Matches_Relationship_ComparesTypeAndProperties()
    {
        Assert.True(Matches("[:T {w: 1}]", AToB));
        Assert.False(Matches("[:T]", AToB));
        Assert.False(Matches("[:U {w: 1}]", AToB));
    }

    [Fact]
    public void Matches_Path_ChecksNodesRelationshipsAndDirection()
    {
        var forward = new Path([A, B], [AToB]);
        var backward = new Path([B, A], [AToB]);

        Assert.True(Matches("<(:A {name: 'a'})-[:T {w: 1}]->(:B:C)>", forward));
        Assert.False(Matches("<(:A {name: 'a'})<-[:T {w: 1}]-(:B:C)>", forward));
        Assert.True(Matches("<(:B:C)<-[:T {w: 1}]-(:A {name: 'a'})>", backward));
        Assert.False(Matches("<(:B:C)-[:T {w: 1}]->(:A {name: 'a'})>", backward));
        Assert.True(Matches("<(:A {name: 'a'})>", new Path([A], [])));
        Assert.False(Matches("<(:A {name: 'a'})>", forward));
    }

    [Fact]
    public void BagMatches_Duplicates_MustPairOneToOne()
    {
        Assert.True(TckValueMatcher.BagMatches([1, 1, 2], [2, 1, 1], (e, a) => e == a));
        Assert.False(TckValueMatcher.BagMatches([1, 1, 2], [2, 2, 1], (e, a) => e == a));
    }

    [Fact]
    public void ToCore_Parameters_BecomeCoreValues()
    {
        var value = TckValueMatcher.ToCore(TckValueParser.Parse("{list: [1, 2.0, 'x'], none: null}"));

        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value);
        Assert.Equal(new List<object?> { 1L, 2.0, "x" }, map["list"]);
        Assert.Null(map["none"]);
    }
}
