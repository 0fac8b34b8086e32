using System.Text;
using Graph.Cypher.Tests.Support;

namespace Graph.Cypher.Tests;

/// <summary>
/// Golden fixtures (STYLE.md §6): every Fixtures/&lt;area&gt;/&lt;name&gt;.cypher has a &lt;name&gt;.ast (parse succeeds,
/// tree as printed) or a &lt;name&gt;.error (first diagnostic: code, detail, line, column). Set
/// CYPHER_FIXTURES_UPDATE=1 to rewrite the expected files from the current parser on purpose.
/// </summary>
public class FixtureTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(FixtureRoot, "*.cypher", SearchOption.AllDirectories).Order())
        {
            data.Add(Path.GetRelativePath(FixtureRoot, file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fixture_Parse_MatchesExpectation(string name)
    {
        var path = Path.Combine(FixtureRoot, name);
        var text = File.ReadAllText(path).TrimEnd('\n');
        var result = CypherParser.Parse(text);
        var astPath = Path.ChangeExtension(path, ".ast");
        var errorPath = Path.ChangeExtension(path, ".error");
        var isErrorFixture = File.Exists(errorPath) || (!File.Exists(astPath) && Path.GetDirectoryName(name) == "errors");
        var actual = isErrorFixture ? DescribeError(text, result) : DescribeAst(result);
        var expectedPath = isErrorFixture ? errorPath : astPath;
        if (Environment.GetEnvironmentVariable("CYPHER_FIXTURES_UPDATE") == "1")
        {
            File.WriteAllText(SourcePath(expectedPath), actual);
            return;
        }
        Assert.True(File.Exists(expectedPath), $"missing {expectedPath}; run with CYPHER_FIXTURES_UPDATE=1");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    private static string DescribeAst(ParseResult result)
    {
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        return AstPrinter.Print(result.Statement!);
    }

    private static string DescribeError(string text, ParseResult result)
    {
        Assert.NotEmpty(result.Diagnostics);
        var first = result.Diagnostics[0];
        var (line, column) = first.Span.LineColumn(text);
        return new StringBuilder()
            .Append("code: ").Append(first.Code).Append('\n')
            .Append("detail: ").Append(first.Detail).Append('\n')
            .Append("line: ").Append(line).Append('\n')
            .Append("column: ").Append(column).Append('\n')
            .Append("message: ").Append(first.ToException(text).Message.Replace("\n", "\n  ")).Append('\n')
            .ToString();
    }

    private static string FixtureRoot => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    // Expectations are rewritten in the source tree, not in bin/.
    private static string SourcePath(string binPath)
    {
        var relative = Path.GetRelativePath(AppContext.BaseDirectory, binPath);
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Graph.Cypher.Tests.csproj")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("test project"), relative);
    }
}
