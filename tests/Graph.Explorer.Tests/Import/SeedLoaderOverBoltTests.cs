using System.Net;
using Graph.Bolt.Client;
using Graph.Bolt.Server;
using Graph.Core;
using Graph.Engine;
using Graph.Explorer.Import;
using Graph.Explorer.Tests.Dataset;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Explorer.Tests.Import;

/// <summary>
/// The loader is written against the port only, so it must work unchanged through the Bolt client against a
/// Bolt server (here our own, in Kestrel on a loopback port, serving an embedded database).
/// </summary>
public sealed class SeedLoaderOverBoltTests
{
    private const string User = "neo4j";
    private const string Password = "loader-test-password";

    [Fact]
    public async Task LoadAsync_ThroughBolt_LoadsTheSeedIdempotently()
    {
        await using var embedded = new EmbeddedDatabase();
        var app = await StartBoltAsync(embedded);
        try
        {
            var port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()).Port;
            await using var remote = BoltDatabase.Connect(new Uri($"bolt://127.0.0.1:{port}"), new BoltClientOptions { User = User, Password = Password });

            var first = await SeedLoader.LoadAsync(remote, SeedPaths.CypherDirectory, null, CancellationToken.None);
            var second = await SeedLoader.LoadAsync(remote, SeedPaths.CypherDirectory, null, CancellationToken.None);

            Assert.Equal((SeedFiles.Nodes.Count(), SeedFiles.Relationships.Count()), (first.NodesCreated, first.RelationshipsCreated));
            Assert.Equal((0, 0), (second.NodesCreated, second.RelationshipsCreated));
            await using var session = embedded.Session(new Graph.Core.SessionOptions { AccessMode = AccessMode.Read });
            var cursor = await session.RunAsync("MATCH (s:School {key: 'school-kashgar-polytechnic'}) RETURN s.founded AS founded, s.aliases AS aliases");
            Assert.True(await cursor.FetchAsync());
            Assert.Equal("2023-04-28", cursor.Current["founded"]?.ToString());
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static async Task<WebApplication> StartBoltAsync(IGraphDatabase database)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(database);
        builder.Services.AddBolt(options => options.AddUser(User, Password, iterations: 1000));
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseConnectionHandler<BoltConnectionHandler>()));
        var app = builder.Build();
        await app.StartAsync();
        return app;
    }
}
