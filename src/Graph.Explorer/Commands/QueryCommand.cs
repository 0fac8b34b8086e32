using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Graph.Core;
using Graph.Explorer.Hosting;
using Graph.Explorer.Queries;
using Graph.Explorer.Results;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Explorer.Commands;

/// <summary>
/// `shanhai query`: runs Cypher text, a .cypher file or a saved query by name and prints a table, or with
/// --format json one JSON object per row (the hub's value shape). Exit code 1 on a query error.
/// </summary>
public static partial class QueryCommand
{
    private static readonly Argument<string> Query = new("query")
    {
        Description = "Cypher text, a path to a .cypher file, or the name of a saved query (e.g. people/student-schools).",
    };

    private static readonly Option<string[]> Parameters = new("--param")
    {
        Description = "A query parameter as name=value; repeat for more. Values are JSON when they parse as JSON "
            + "(42, 1.5, true, [1,2], {\"a\":1}), else text; saved-query parameters convert to their declared type.",
        AllowMultipleArgumentsPerToken = false,
    };

    private static readonly Option<string> Format = new("--format", "-f")
    {
        Description = "Output format: table (default) or json (one JSON object per row).",
        DefaultValueFactory = _ => "table",
    };

    private static readonly Option<bool> Write = new("--write")
    {
        Description = "Run in a WRITE session (default READ: write clauses fail with Neo.ClientError.Statement.AccessMode).",
    };

    public static Command Create()
    {
        Format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("query", "Run a Cypher query, a .cypher file or a saved query and print the result.");
        command.Arguments.Add(Query);
        command.Options.Add(Parameters);
        command.Options.Add(Format);
        command.Options.Add(Write);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        using var host = CliHost.Build(parseResult);
        var services = host.Services;
        await services.GetRequiredService<SeedInitializer>().EnsureSeededAsync(cancellationToken);

        string text;
        IReadOnlyDictionary<string, object?> parameters;
        try
        {
            (text, parameters) = Resolve(parseResult.GetRequiredValue(Query), ParseParameters(parseResult), services);
        }
        catch (GraphException failure)
        {
            await error.WriteLineAsync($"{failure.Code}: {failure.Message}");
            return 1;
        }
        var access = parseResult.GetValue(Write) ? AccessMode.Write : AccessMode.Read;
        var frames = services.GetRequiredService<QueryStreamer>().StreamAsync(text, parameters, access, cancellationToken: cancellationToken);
        var failed = parseResult.GetValue(Format) == "json"
            ? await WriteJsonAsync(frames, output, cancellationToken)
            : await ResultTable.WriteAsync(frames, output, cancellationToken);
        if (failed is not null)
        {
            var where = failed.Line is { } line ? $" (line {line}, column {failed.Column})" : "";
            await error.WriteLineAsync($"{failed.Code}{where}: {failed.Message}");
            return 1;
        }
        return 0;
    }

    private static (string Text, IReadOnlyDictionary<string, object?> Parameters) Resolve(string query,
        Dictionary<string, object?> given, IServiceProvider services)
    {
        if (query.EndsWith(".cypher", StringComparison.OrdinalIgnoreCase) && File.Exists(query))
        {
            return (File.ReadAllText(query), given);
        }
        if (SavedQueryName().IsMatch(query) && services.GetRequiredService<QueryLibrary>().Find(query) is { } saved)
        {
            return (saved.Text, ParameterBinder.Bind(saved, given));
        }
        return (query, given);
    }

    private static Dictionary<string, object?> ParseParameters(ParseResult parseResult)
    {
        var parameters = new Dictionary<string, object?>();
        foreach (var item in parseResult.GetValue(Parameters) ?? [])
        {
            var equals = item.IndexOf('=');
            if (equals <= 0)
            {
                throw new GraphException(StatusCodes.RequestInvalid, $"--param '{item}' is not name=value.");
            }
            parameters[item[..equals]] = ParseValue(item[(equals + 1)..]);
        }
        return parameters;
    }

    private static object? ParseValue(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return CypherJson.FromJson(document.RootElement);
        }
        catch (JsonException)
        {
            return text;
        }
    }

    private static async Task<QueryError?> WriteJsonAsync(IAsyncEnumerable<QueryFrame> frames, TextWriter output,
        CancellationToken cancellationToken)
    {
        IReadOnlyList<string> keys = [];
        await foreach (var frame in frames.WithCancellation(cancellationToken))
        {
            switch (frame.Kind)
            {
                case QueryFrame.KeysKind:
                    keys = frame.Keys!;
                    break;
                case QueryFrame.RowKind:
                    var row = new JsonObject();
                    for (var i = 0; i < keys.Count; i++)
                    {
                        row[keys[i]] = frame.Values![i]?.DeepClone();
                    }
                    await output.WriteLineAsync(row.ToJsonString(JsonOutput));
                    break;
                case QueryFrame.ErrorKind:
                    return frame.Error;
            }
        }
        return null;
    }

    private static readonly JsonSerializerOptions JsonOutput = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [GeneratedRegex(@"^[\w\-]+(/[\w\-]+)*$")]
    private static partial Regex SavedQueryName();
}
