using System.CommandLine;
using Graph.Explorer.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Graph.Explorer.Commands;

/// <summary>`shanhai [serve]`: the explorer's web host, until Ctrl+C.</summary>
public static class ServeCommand
{
    private const string UrlsName = "--urls";
    private const string PortName = "--port";
    private const string BoltPortName = "--bolt-port";
    private const string BoltOnlyName = "--bolt-only";

    public static Command Create()
    {
        var command = new Command("serve", "Run the explorer (the default when no command is given).");
        AddServeOptions(command);
        command.SetAction(RunAsync);
        return command;
    }

    public static void AddServeOptions(Command command)
    {
        // Fresh instances per command: the root command serves too, and a symbol has one parent.
        command.Options.Add(new Option<string?>(UrlsName)
        {
            Description = "Addresses to listen on, separated by ';' (default " + ExplorerApp.DefaultUrl + ").",
        });
        command.Options.Add(new Option<int?>(PortName)
        {
            Description = "Listen on http://localhost:<port> (shorthand for --urls).",
        });
        command.Options.Add(new Option<int?>(BoltPortName)
        {
            Description = "Loopback port of the Bolt server for Neo4j drivers and tools (default 7687; 0 turns it off).",
        });
        command.Options.Add(new Option<bool>(BoltOnlyName)
        {
            Description = "Serve only Bolt, without the web explorer.",
        });
    }

    public static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var overrides = CommonOptions.ToConfiguration(parseResult);
        if (parseResult.GetValue<int?>(PortName) is { } port)
        {
            overrides["urls"] = $"http://localhost:{port}";
        }
        if (parseResult.GetValue<int?>(BoltPortName) is { } boltPort)
        {
            overrides["Shanhai:BoltPort"] = boltPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (parseResult.GetValue<bool>(BoltOnlyName))
        {
            overrides["Shanhai:BoltOnly"] = "true";
        }
        if (parseResult.GetValue<string?>(UrlsName) is { Length: > 0 } urls)
        {
            overrides["urls"] = urls;
        }
        await using var app = ExplorerApp.Build(overrides);
        var addresses = await ExplorerApp.StartAsync(app, cancellationToken);
        var output = parseResult.InvocationConfiguration.Output;
        foreach (var address in addresses)
        {
            await output.WriteLineAsync(address.StartsWith("bolt:", StringComparison.Ordinal)
                ? $"Bolt (Neo4j drivers, cypher-shell): {address}"
                : $"Shanhai Graph explorer: {address}");
        }
        app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Shanhai").LogInformation("Press Ctrl+C to stop.");
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
