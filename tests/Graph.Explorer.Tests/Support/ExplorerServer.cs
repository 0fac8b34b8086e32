using Graph.Core;
using Graph.Engine;
using Graph.Engine.Procedures;
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
public sealed class ExplorerServer : IAsyncLifetime, IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private WebApplication? _app;

    public ExplorerServer()
        : this(new Dictionary<string, string?>())
    {
    }

    private ExplorerServer(IReadOnlyDictionary<string, string?> settings)
    {
        _settings = settings;
    }

    /// <summary>A started server with extra configuration (e.g. Shanhai:QueryTimeoutSeconds); dispose it yourself.</summary>
    public static async Task<ExplorerServer> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var server = new ExplorerServer(settings);
        await server.InitializeAsync();
        return server;
    }

    public string Url { get; private set; } = "";

    /// <summary>A loopback port that was free a moment ago (for listeners that cannot bind port 0).</summary>
    public static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public IGraphDatabase Database => _app!.Services.GetRequiredService<IGraphDatabase>();

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Shanhai:Graph"] = "embedded:",
            ["Shanhai:BoltPort"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in _settings)
        {
            settings[key] = value;
        }
        _app = ExplorerApp.Build(settings);
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

    /// <summary>
    /// Registers test.endless() :: (n INTEGER), which yields rows until it is stopped and then completes
    /// the returned task: proof that the engine stopped pulling, i.e. the query was cancelled.
    /// </summary>
    public Task RegisterEndlessProcedure()
    {
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var engine = Assert.IsType<EmbeddedDatabase>(Database);
        engine.RegisterProcedure(
            new ProcedureSignature("test.endless", [], [new ProcedureField("n", "INTEGER?")]),
            (_, ct) => Endless(stopped, ct));
        return stopped.Task;
    }

    private static IEnumerable<object?[]> Endless(TaskCompletionSource stopped, CancellationToken ct)
    {
        try
        {
            for (long n = 0; !ct.IsCancellationRequested; n++)
            {
                yield return [n];
            }
        }
        finally
        {
            stopped.TrySetResult();
        }
    }

    /// <summary>Runs a write query directly through the port (the hub only ever reads).</summary>
    public async Task WriteAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        await using var session = Database.Session(new Graph.Core.SessionOptions { AccessMode = AccessMode.Write });
        await using var cursor = await session.RunAsync(query, parameters);
        await cursor.ConsumeAsync();
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
