using System.CommandLine;

namespace Graph.Explorer.Commands;

/// <summary>
/// Options every verb accepts (declared recursive on the root command), and how they map onto configuration
/// keys so the CLI overrides appsettings.json and the environment.
/// </summary>
public static class CommonOptions
{
    public static readonly Option<string?> Graph = new("--graph", "-g")
    {
        Description = "The database: embedded:<data dir> (default embedded:data; the in-process engine, which "
            + "starts from the seed graph in each process until durable storage lands) or bolt://host:7687, "
            + "bolt+s://, neo4j://, neo4j+s:// (user and password in the URI or below).",
        Recursive = true,
    };

    public static readonly Option<string?> User = new("--user", "-u")
    {
        Description = "User name for a bolt:// or neo4j:// database.",
        Recursive = true,
    };

    public static readonly Option<string?> Password = new("--password", "-p")
    {
        Description = "Password for a bolt:// or neo4j:// database.",
        Recursive = true,
    };

    public static readonly Option<string?> CypherDirectory = new("--cypher-dir")
    {
        Description = "The cypher/ folder with schema.cypher, import/ and queries/ (default: found beside the "
            + "executable or above the current directory).",
        Recursive = true,
    };

    public static void AddTo(Command root)
    {
        root.Options.Add(Graph);
        root.Options.Add(User);
        root.Options.Add(Password);
        root.Options.Add(CypherDirectory);
    }

    /// <summary>Configuration overrides for the options the user actually gave.</summary>
    public static Dictionary<string, string?> ToConfiguration(ParseResult parseResult)
    {
        var overrides = new Dictionary<string, string?>();
        Put(overrides, "Shanhai:Graph", parseResult.GetValue(Graph));
        Put(overrides, "Shanhai:User", parseResult.GetValue(User));
        Put(overrides, "Shanhai:Password", parseResult.GetValue(Password));
        Put(overrides, "Shanhai:CypherDirectory", parseResult.GetValue(CypherDirectory));
        return overrides;
    }

    private static void Put(Dictionary<string, string?> overrides, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            overrides[key] = value;
        }
    }
}
