using System.CommandLine;
using System.Text.Json.Nodes;
using Graph.Explorer.Commands;

namespace Graph.Explorer.Tests.Commands;

public sealed class QueryCommandTests
{
    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await ShanhaiCli.Create().Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private static List<JsonObject> JsonLines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject()).ToList();

    [Fact]
    public async Task Query_JsonFormat_PrintsOneObjectPerRowInTheHubShape()
    {
        var (exit, output, error) = await RunAsync("query",
            "MATCH (p:Person {name: $name}) RETURN p, p.name AS name", "--param", "name=蒋孟良", "--format", "json");

        Assert.True(exit == 0, error);
        var row = Assert.Single(JsonLines(output));
        Assert.Equal("蒋孟良", row["name"]!.GetValue<string>());
        Assert.Equal("node", row["p"]!["$type"]!.GetValue<string>());
        Assert.Contains("Person", row["p"]!["labels"]!.AsArray().Select(l => l!.GetValue<string>()));
    }

    [Fact]
    public async Task Query_JsonParameter_IsTypedAsInteger()
    {
        var (exit, output, error) = await RunAsync("query", "RETURN $n + 1 AS next", "--param", "n=41", "--format", "json");

        Assert.True(exit == 0, error);
        Assert.Equal(42, Assert.Single(JsonLines(output))["next"]!.GetValue<long>());
    }

    [Fact]
    public async Task Query_CypherFile_RunsItsText()
    {
        var file = Path.Combine(Path.GetTempPath(), $"shanhai-{Guid.NewGuid():N}.cypher");
        await File.WriteAllTextAsync(file, "UNWIND [1, 2, 3] AS x\nRETURN x * 10 AS y");
        try
        {
            var (exit, output, error) = await RunAsync("query", file, "--format", "json");

            Assert.True(exit == 0, error);
            Assert.Equal([10L, 20L, 30L], JsonLines(output).Select(r => r["y"]!.GetValue<long>()));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Query_SavedQueryByName_RunsWithItsDefaults()
    {
        var queries = new Graph.Explorer.Queries.QueryLibrary(Microsoft.Extensions.Options.Options.Create(new ExplorerOptions())).All;
        var saved = queries.First();

        var (exit, _, error) = await RunAsync("query", saved.Name, "--format", "json");

        Assert.True(exit == 0, error);
    }

    [Fact]
    public async Task Query_SyntaxError_ExitsWithOneAndPrintsCodeAndPosition()
    {
        var (exit, output, error) = await RunAsync("query", "RETURN 1 +", "--format", "json");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.StartsWith("Neo.ClientError.Statement.SyntaxError (line 1, column", error);
    }

    [Fact]
    public async Task Query_TableFormat_PrintsColumnsAndValues()
    {
        var (exit, output, error) = await RunAsync("query", "RETURN 'a' AS letter, 7 AS number");

        Assert.True(exit == 0, error);
        Assert.Contains("letter", output);
        Assert.Contains("number", output);
        Assert.Contains("7", output);
        Assert.Contains("1 row(s)", output);
    }
}
