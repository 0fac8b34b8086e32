using Graph.Explorer.Queries;
using Graph.Explorer.Tests.Dataset;

namespace Graph.Explorer.Tests.Queries;

public sealed class SavedQueryCatalogTests
{
    [Fact]
    public void Load_RepositoryQueries_AtLeastTwentyWithBilingualTitlesAndDescriptions()
    {
        var catalog = SavedQueryCatalog.Load(SeedPaths.QueriesDirectory);
        Assert.True(catalog.Count >= 20, $"only {catalog.Count} saved queries");
        Assert.All(catalog, q =>
        {
            Assert.Matches(@"^[a-z]+/[a-z0-9-]+$", q.Name);
            Assert.Matches(@"[\u4e00-\u9fff]", q.Title);
            Assert.False(string.IsNullOrWhiteSpace(q.TitleEn), q.Name);
            Assert.False(string.IsNullOrWhiteSpace(q.Description), q.Name);
            Assert.All(q.Parameters, p => Assert.NotNull(p.DefaultValue));
        });
        Assert.Equal(catalog.Select(q => q.Name).Order(StringComparer.Ordinal), catalog.Select(q => q.Name));
    }

    [Fact]
    public void Parse_FullHeader_ReadsTitlesDescriptionParametersAndText()
    {
        var query = SavedQueryCatalog.Parse("people/x", """
            // @title 人物 | People
            // @description First line
            // continues here.
            // @param name: string = "蒋孟良"  -- the person's name
            // @param limit: integer = 5
            // @param share: float = 0.5
            // @param on: boolean = true
            // @param names: list = ["a", 1]
            // @param options: map = {"k": 2.5}
            MATCH (p {name: $name}) WHERE $on AND p.share > $share AND p.name IN $names AND $options.k > 1
            RETURN p LIMIT $limit
            """);
        Assert.Equal(("人物", "People"), (query.Title, query.TitleEn));
        Assert.Equal("First line continues here.", query.Description);
        Assert.Equal(["name", "limit", "share", "on", "names", "options"], query.Parameters.Select(p => p.Name));
        Assert.Equal("蒋孟良", query.Parameters[0].DefaultValue);
        Assert.Equal("the person's name", query.Parameters[0].Description);
        Assert.Equal(5L, query.Parameters[1].DefaultValue);
        Assert.Null(query.Parameters[1].Description);
        Assert.Equal(0.5, query.Parameters[2].DefaultValue);
        Assert.Equal(true, query.Parameters[3].DefaultValue);
        Assert.Equal(new object?[] { "a", 1L }, (IEnumerable<object?>)query.Parameters[4].DefaultValue!);
        Assert.Equal(2.5, ((IReadOnlyDictionary<string, object?>)query.Parameters[5].DefaultValue!)["k"]);
        Assert.StartsWith("MATCH (p {name: $name})", query.Text);
        Assert.EndsWith("LIMIT $limit", query.Text);
    }

    [Theory]
    [InlineData("// @description no title\nRETURN 1", 1, "Missing @title")]
    [InlineData("// @title A | B\n// @author me\nRETURN 1", 2, "Unknown header tag @author")]
    [InlineData("// @title A | B\n// @param n: text = \"x\"\nRETURN $n", 2, "unknown type 'text'")]
    [InlineData("// @title A | B\n// @param n: integer = 1.5\nRETURN $n", 2, "is not of type integer")]
    [InlineData("// @title A | B\n// @param n: string = 'x'\nRETURN $n", 2, "not JSON")]
    [InlineData("// @title A | B\n// @param n string\nRETURN $n", 2, "Bad @param")]
    [InlineData("// @title A | B\n// @param n: string = \"x\"\n// @param n: string = \"y\"\nRETURN $n", 3, "Duplicate @param n")]
    [InlineData("// @title A | B\n// @title C\nRETURN 1", 2, "Duplicate @title")]
    [InlineData("// @title A | B\nRETURN $missing", 2, "uses $missing")]
    [InlineData("// @title A | B\n// @param n: string = \"x\"\nRETURN '$n'", 3, "does not use $n")]
    [InlineData("// @title A | B\n// @description d\n", 3, "No Cypher text")]
    public void Parse_BadHeader_ErrorNamesFileAndLine(string content, int line, string message)
    {
        var error = Assert.Throws<SavedQueryFormatException>(() => SavedQueryCatalog.Parse("bad/query", content));
        Assert.Equal(("bad/query", line), (error.File, error.Line));
        Assert.Contains(message, error.Message);
        Assert.StartsWith($"bad/query: line {line}: ", error.Message);
    }

    [Fact]
    public void Load_NestedDirectory_NamesQueriesByRelativePath()
    {
        var directory = Directory.CreateTempSubdirectory("shanhai-queries-");
        try
        {
            Directory.CreateDirectory(Path.Combine(directory.FullName, "people"));
            File.WriteAllText(Path.Combine(directory.FullName, "people", "who.cypher"), "// @title 谁 | Who\nMATCH (n) RETURN n");
            File.WriteAllText(Path.Combine(directory.FullName, "top.cypher"), "// @title 顶 | Top\nRETURN 1");
            File.WriteAllText(Path.Combine(directory.FullName, "notes.txt"), "ignored");
            var catalog = SavedQueryCatalog.Load(directory.FullName);
            Assert.Equal(["people/who", "top"], catalog.Select(q => q.Name));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
