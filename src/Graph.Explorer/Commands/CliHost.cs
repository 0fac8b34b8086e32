using System.CommandLine;
using Graph.Explorer.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Graph.Explorer.Commands;

/// <summary>
/// The Generic Host behind the CLI verbs: the same appsettings.json, environment and services as the web
/// host, with logs on standard error (warnings and worse) so standard output carries only results.
/// </summary>
public static class CliHost
{
    public static IHost Build(ParseResult parseResult)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        var overrides = CommonOptions.ToConfiguration(parseResult);
        // Above appsettings.json's levels: standard output is for results, so only problems are logged.
        overrides["Logging:LogLevel:Default"] = "Warning";
        overrides["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning";
        builder.Configuration.AddInMemoryCollection(overrides);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddShanhaiGraph(builder.Configuration);
        return builder.Build();
    }
}
