using Graph.Core.Values;

namespace Graph.Core.Tests.Values;

public class CypherValueTests
{
    [Fact]
    public void Normalize_ClrNumbersAndCollections_BecomeCanonical()
    {
        var value = CypherValue.Normalize(new Dictionary<string, object?> { ["a"] = 1, ["b"] = new[] { 1.5f } });
        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value);
        Assert.Equal(1L, map["a"]);
        Assert.Equal(new List<object?> { 1.5 }, map["b"]);
    }

    [Fact]
    public void Normalize_UnsupportedType_ThrowsTypeError()
    {
        var error = Assert.Throws<GraphException>(() => CypherValue.Normalize(new Uri("http://x")));
        Assert.Equal(StatusCodes.TypeError, error.Code);
    }

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e20, "1.0e20")]
    [InlineData(double.NaN, "NaN")]
    public void FormatFloat_AlwaysShowsFloatness(double value, string expected) =>
        Assert.Equal(expected, CypherValue.FormatFloat(value));

    [Fact]
    public void ToCypherString_Node_ShowsLabelsAndQuotedProperties()
    {
        var node = new Node(1, "n1", ["School"], new Dictionary<string, object?> { ["name"] = "喀什'" });
        Assert.Equal("(:School {name: '喀什\\''})", CypherValue.ToCypherString(node));
    }

    [Fact]
    public void SourceSpan_LineColumn_CountsFromOne()
    {
        Assert.Equal((2, 3), new SourceSpan(6, 1).LineColumn("abc\nxyz"));
    }
}
