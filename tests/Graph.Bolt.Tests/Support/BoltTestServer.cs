using System.Net;
using Graph.Bolt.Server;
using Graph.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Bolt.Tests.Support;

/// <summary>Kestrel on 127.0.0.1:0 serving Bolt over <see cref="Database"/>, as the explorer host does. Thread-safe.</summary>
internal sealed class BoltTestServer : IAsyncDisposable
{
    public const string User = "neo4j";
    public const string Password = "secret-password";

    private readonly WebApplication _app;

    private BoltTestServer(WebApplication app, IGraphDatabase database, int port, ListLoggerProvider logs)
    {
        _app = app;
        Database = database;
        Port = port;
        Logs = logs;
    }

    public IGraphDatabase Database { get; }

    public int Port { get; }

    public ListLoggerProvider Logs { get; }

    public BoltServerMetrics Metrics => _app.Services.GetRequiredService<BoltServerMetrics>();

    public string BoltUri => $"bolt://127.0.0.1:{Port}";

    public static async Task<BoltTestServer> StartAsync(IGraphDatabase database, Action<BoltServerOptions>? configure = null)
    {
        var logs = new ListLoggerProvider();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddSingleton(database);
        builder.Services.AddBolt(options =>
        {
            // Few iterations: the hash format is what is under test, not its cost.
            options.AddUser(User, Password, iterations: 1000);
            configure?.Invoke(options);
        });
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseConnectionHandler<BoltConnectionHandler>()));
        var app = builder.Build();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();
        return new BoltTestServer(app, database, new Uri(address).Port, logs);
    }

    /// <summary>Waits until every connection has been closed and counted out.</summary>
    public async Task WaitForNoConnectionsAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Metrics.OpenConnections != 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"{Metrics.OpenConnections} connections still open after {timeout}.");
            }
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
