using Graph.Core;
using Graph.Explorer.Queries;

namespace Graph.Explorer.Tests.Queries;

public sealed class ParameterBinderTests
{
    private static readonly SavedQuery Query = new("test/q", "标题", "Title", "", [
        new SavedQueryParameter("name", "string", "蒋孟良", null),
        new SavedQueryParameter("year", "integer", 2017L, null),
        new SavedQueryParameter("ratio", "float", 0.5, null),
        new SavedQueryParameter("years", "list", new List<object?> { 2015L }, null),
    ], "RETURN $name");

    [Fact]
    public void Bind_NothingGiven_UsesTheDefaults()
    {
        var bound = ParameterBinder.Bind(Query, new Dictionary<string, object?>());

        Assert.Equal("蒋孟良", bound["name"]);
        Assert.Equal(2017L, bound["year"]);
        Assert.Equal(0.5, bound["ratio"]);
    }

    [Fact]
    public void Bind_TextForTypedParameters_ConvertsToTheDeclaredType()
    {
        var bound = ParameterBinder.Bind(Query, new Dictionary<string, object?>
        {
            ["year"] = "2023", ["ratio"] = "1.5", ["years"] = "[2015, 2017]", ["name"] = "42",
        });

        Assert.Equal(2023L, bound["year"]);
        Assert.Equal(1.5, bound["ratio"]);
        Assert.Equal(new List<object?> { 2015L, 2017L }, bound["years"]);
        Assert.Equal("42", bound["name"]);
    }

    [Fact]
    public void Bind_BadInteger_RaisesTypeErrorNamingTheParameter()
    {
        var error = Assert.Throws<GraphException>(() =>
            ParameterBinder.Bind(Query, new Dictionary<string, object?> { ["year"] = "soon" }));

        Assert.Equal(StatusCodes.TypeError, error.Code);
        Assert.Contains("$year", error.Message);
    }

    [Fact]
    public void Bind_UndeclaredParameter_PassesThrough()
    {
        var bound = ParameterBinder.Bind(Query, new Dictionary<string, object?> { ["extra"] = 1L });

        Assert.Equal(1L, bound["extra"]);
    }
}
