using Graph.Bolt.Server;
using Graph.Explorer.Hubs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Explorer.Hosting;

/// <summary>
/// Builds and starts the explorer's web host: configuration (appsettings.json, environment, then the CLI's
/// overrides), the SignalR hub at /hubs/explorer, and the built web front end as static files. Used by
/// `shanhai serve` and by the hub and browser tests, so both run the same host.
/// </summary>
public static class ExplorerApp
{
    public const string HubPath = "/hubs/explorer";
    public const string DefaultUrl = "http://localhost:5080";

    public static WebApplication Build(IReadOnlyDictionary<string, string?> overrides)
    {
        var webRoot = ContentPaths.FindWebRoot();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = webRoot,
        });
        builder.Configuration.AddInMemoryCollection(overrides);
        builder.Services.AddShanhaiGraph(builder.Configuration);
        builder.Services.AddBolt(bolt => builder.Configuration.GetSection("Bolt").Bind(bolt));
        var boltPort = BoltPort(builder.Configuration);
        var urls = builder.Configuration["urls"] ?? DefaultUrl;
        var boltOnly = builder.Configuration.GetSection(ExplorerOptions.Section).Get<ExplorerOptions>()?.BoltOnly ?? false;
        builder.WebHost.ConfigureKestrel(kestrel => KestrelEndpoints.Configure(kestrel, urls, boltPort, boltOnly));
        builder.Services.AddSignalR().AddJsonProtocol(json =>
            json.PayloadSerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull);

        var app = builder.Build();
        if (webRoot is null)
        {
            app.Logger.LogWarning("The web front end is not built (no wwwroot/dist/index.html); only the hub is served.");
        }
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapHub<ExplorerHub>(HubPath);
        return app;
    }

    private static int BoltPort(IConfiguration configuration) =>
        configuration.GetSection(ExplorerOptions.Section).Get<ExplorerOptions>()?.BoltPort ?? new ExplorerOptions().BoltPort;

    /// <summary>Seeds an empty embedded graph, then starts listening; returns the addresses bound.</summary>
    public static async Task<IReadOnlyList<string>> StartAsync(WebApplication app, CancellationToken cancellationToken)
    {
        try
        {
            await app.Services.GetRequiredService<SeedInitializer>().EnsureSeededAsync(cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Serve anyway: the page and the hub still work against whatever the database holds, and the
            // log says why the graph is empty.
            app.Logger.LogError(error, "Could not load the seed graph.");
        }
        await app.StartAsync(cancellationToken);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        // Kestrel lists the Bolt listener as http:// too; report it under its own scheme.
        var boltPort = BoltPort(app.Configuration);
        return addresses
            .Select(a => boltPort != 0 && BindingAddress.Parse(a).Port == boltPort ? $"bolt://localhost:{boltPort}" : a)
            .ToList();
    }
}
