namespace Graph.Engine.Tests.Tck;

public class TckValueParserTests
{
    [Theory]
    [InlineData("1", 1L)]
    [InlineData("-42", -42L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("'text'", "text")]
    [InlineData("''", "")]
    [InlineData("'it\\'s'", "it's")]
    [InlineData("'a\\\\b'", "a\\b")]
    [InlineData("'1816-01-01'", "1816-01-01")]
    public void Parse_Scalar_ReturnsTheValue(string text, object expected)
    {
        Assert.Equal(new TckValue.Scalar(expected), TckValueParser.Parse(text));
    }

    [Theory]
    [InlineData("1.0", 1.0)]
    [InlineData("-0.0", -0.0)]
    [InlineData("0.00001", 0.00001)]
    [InlineData("1e308", 1e308)]
    [InlineData("1.2635418652381264e305", 1.2635418652381264e305)]
    [InlineData("-1.5E-3", -0.0015)]
    [InlineData("NaN", double.NaN)]
    [InlineData("Inf", double.PositiveInfinity)]
    [InlineData("-Inf", double.NegativeInfinity)]
    public void Parse_Float_IsADouble(string text, double expected)
    {
        var value = Assert.IsType<double>(Assert.IsType<TckValue.Scalar>(TckValueParser.Parse(text)).Value);
        Assert.Equal(expected, value);
    }

    [Fact]
    public void Parse_Null_IsTheNullScalar()
    {
        Assert.Null(Assert.IsType<TckValue.Scalar>(TckValueParser.Parse(" null ")).Value);
    }

    [Fact]
    public void Parse_NestedListAndMap_KeepsStructure()
    {
        var value = TckValueParser.Parse("[1, [], {name: 'a', `odd key`: [null, 2.5]}, {}]");

        var list = Assert.IsType<TckValue.List>(value);
        Assert.Equal(4, list.Items.Count);
        Assert.Empty(Assert.IsType<TckValue.List>(list.Items[1]).Items);
        var map = Assert.IsType<TckValue.Map>(list.Items[2]);
        Assert.Equal(["name", "odd key"], map.Entries.Select(e => e.Key));
        Assert.Empty(Assert.IsType<TckValue.Map>(list.Items[3]).Entries);
    }

    [Fact]
    public void Parse_Node_ReadsLabelsAndProperties()
    {
        var node = Assert.IsType<TckValue.Node>(TckValueParser.Parse("(:A:B {name: 'b', n: 1})"));

        Assert.Equal(["A", "B"], node.Labels);
        Assert.Equal(["name", "n"], node.Properties.Entries.Select(e => e.Key));
        Assert.Empty(Assert.IsType<TckValue.Node>(TckValueParser.Parse("()")).Labels);
    }

    [Fact]
    public void Parse_Relationship_IsToldApartFromAListByTheColon()
    {
        var rel = Assert.IsType<TckValue.Relationship>(TckValueParser.Parse("[:T {name: 'bar'}]"));
        var list = Assert.IsType<TckValue.List>(TckValueParser.Parse("[[:RA], [:RB {name: 'b'}]]"));

        Assert.Equal("T", rel.Type);
        Assert.All(list.Items, item => Assert.IsType<TckValue.Relationship>(item));
    }

    [Fact]
    public void Parse_Path_ReadsHopsWithDirections()
    {
        var path = Assert.IsType<TckValue.Path>(TckValueParser.Parse("<(:Label1)<-[:T1]-(:Label2)-[:T2 {k: 1}]->(:Label3)>"));

        Assert.Equal(["Label1"], path.Start.Labels);
        Assert.Equal([false, true], path.Hops.Select(h => h.Forward));
        Assert.Equal(["T1", "T2"], path.Hops.Select(h => h.Relationship.Type));
        Assert.Empty(Assert.IsType<TckValue.Path>(TckValueParser.Parse("<()>")).Hops);
    }

    [Theory]
    [InlineData("")]
    [InlineData("'unterminated")]
    [InlineData("[1, 2")]
    [InlineData("{a 1}")]
    [InlineData("1 2")]
    [InlineData("1.")]
    [InlineData("nope")]
    [InlineData("(:A")]
    [InlineData("<(:A)-[:T]-(:B)>")]
    [InlineData("{a: 1, a: 2}")]
    public void Parse_Malformed_Throws(string text)
    {
        Assert.Throws<FormatException>(() => TckValueParser.Parse(text));
    }

    [Theory]
    [InlineData("[1, 2.5, 'x', null, true]")]
    [InlineData("{a: [1], b: {c: 'it\\'s'}}")]
    [InlineData("(:A:B {name: 'b'})")]
    [InlineData("<(:A)-[:T {k: 1}]->(:B)<-[:U]-()>")]
    public void ToString_Parsed_RoundTrips(string text)
    {
        Assert.Equal(text, TckValueParser.Parse(text).ToString());
    }
}
