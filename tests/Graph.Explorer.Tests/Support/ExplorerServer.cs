using Graph.Core;
using Graph.Explorer.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Explorer.Tests.Support;

/// <summary>
/// The real explorer host (Kestrel, not TestServer) on a free loopback port, with the embedded engine and
/// the seed graph loaded exactly as `shanhai serve` does. Shared by a test class through IClassFixture.
/// </summary>
public sealed class ExplorerServer : IAsyncLifetime
{
    private WebApplication? _app;

    public string Url { get; private set; } = "";

    public IGraphDatabase Database => _app!.Services.GetRequiredService<IGraphDatabase>();

    public async Task InitializeAsync()
    {
        _app = ExplorerApp.Build(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Shanhai:Graph"] = "embedded:",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var addresses = await ExplorerApp.StartAsync(_app, timeout.Token);
        Url = addresses.Single();
    }

    /// <summary>A started SignalR connection over WebSockets; dispose it at the end of the test.</summary>
    public async Task<HubConnection> ConnectAsync()
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(Url + ExplorerApp.HubPath, options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>Runs a write query directly through the port (the hub only ever reads).</summary>
    public async Task WriteAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        await using var session = Database.Session(new Graph.Core.SessionOptions { AccessMode = AccessMode.Write });
        await using var cursor = await session.RunAsync(query, parameters);
        await cursor.ConsumeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
