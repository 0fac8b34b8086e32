using System.Net.Sockets;
using System.Text;
using Graph.Bolt.Messages;
using Graph.Bolt.Tests.Support;
using Graph.Core;

namespace Graph.Bolt.Tests.Server;

/// <summary>
/// Hostile and broken peers: each is answered with FAILURE where the protocol allows, or its connection is
/// closed; the refusal is logged, other clients keep being served, and the open-connection count returns to zero.
/// </summary>
public sealed class BoltServerRobustnessTests : IAsyncLifetime
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(20);
    private readonly FakeGraphDatabase _database = new();
    private BoltTestServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await BoltTestServer.StartAsync(_database, options => options.MaxMessageBytes = 1024 * 1024);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);

    private async Task AssertStillServingAsync()
    {
        await using var healthy = await RawBoltClient.OpenAsync(_server.Port, BoltVersion.V5_8);
        await healthy.HelloAsync(BoltVersion.V5_8);
        await healthy.SendMessageAsync(MessageSignature.Run, "RETURN 1", Map(), Map());
        await healthy.SendMessageAsync(MessageSignature.Pull, Map(("n", -1L)));
        Assert.True((await healthy.ReceiveAsync()).IsSuccess);
        Assert.Equal(new List<object?> { 1L }, (await healthy.ReceiveAsync()).Fields);
        Assert.True((await healthy.ReceiveAsync()).IsSuccess);
    }

    private async Task AssertCleanAsync()
    {
        await AssertStillServingAsync();
        await _server.WaitForNoConnectionsAsync(Settle);
        Assert.Equal(0, _database.OpenSessions);
    }

    private async Task<RawBoltClient> ReadyAsync()
    {
        var client = await RawBoltClient.OpenAsync(_server.Port, BoltVersion.V5_8);
        await client.HelloAsync(BoltVersion.V5_8);
        return client;
    }

    [Fact]
    public async Task GarbageBytes_InsteadOfHandshake_ClosedAndLogged()
    {
        await using (var client = await RawBoltClient.ConnectAsync(_server.Port))
        {
            await client.SendAsync(Enumerable.Range(0, 64).Select(i => (byte)(i * 37 + 11)).ToArray());
            Assert.Empty(await client.ReadUntilClosedAsync());
        }
        Assert.True(_server.Logs.Contains("is not Bolt"), string.Join("\n", _server.Logs.Lines));
        await AssertCleanAsync();
    }

    [Fact]
    public async Task WrongMagic_ClosedWithoutReply()
    {
        await using (var client = await RawBoltClient.ConnectAsync(_server.Port))
        {
            await client.SendAsync([0x60, 0x60, 0xB0, 0x18, 0, 8, 8, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
            Assert.Empty(await client.ReadUntilClosedAsync());
        }
        Assert.True(_server.Metrics.ProtocolErrors >= 1);
        await AssertCleanAsync();
    }

    [Fact]
    public async Task HttpRequest_OnBoltPort_Gets400AndClose()
    {
        await using (var client = await RawBoltClient.ConnectAsync(_server.Port))
        {
            await client.SendAsync(Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"));
            var reply = Encoding.ASCII.GetString(await client.ReadUntilClosedAsync());
            Assert.StartsWith("HTTP/1.1 400 Bad Request", reply);
            Assert.Contains("Bolt port", reply);
        }
        Assert.True(_server.Logs.Contains("an HTTP request"));
        await AssertCleanAsync();
    }

    [Fact]
    public async Task NoCommonVersion_RepliesZeroesAndCloses()
    {
        await using (var client = await RawBoltClient.ConnectAsync(_server.Port))
        {
            await client.SendAsync([0x60, 0x60, 0xB0, 0x17, 0, 0, 0, 3, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0]);
            Assert.Equal(new byte[] { 0, 0, 0, 0 }, await client.ReadUntilClosedAsync());
        }
        await AssertCleanAsync();
    }

    [Fact]
    public async Task OversizedMessage_FailsInvalidFormatAndCloses()
    {
        await using (var client = await ReadyAsync())
        {
            var chunk = new byte[2 + 65535];
            chunk[0] = 0xFF;
            chunk[1] = 0xFF;
            for (var i = 0; i < 20; i++)
            {
                await client.SendAsync(chunk); // 1.3 MB without an end marker, over the 1 MB limit
            }
            var failure = await client.ReceiveAsync();
            Assert.Equal(StatusCodes.RequestInvalidFormat, failure.Metadata["neo4j_code"]);
            Assert.Contains("larger than the limit", (string)failure.Metadata["message"]!);
            await client.ReadUntilClosedAsync();
        }
        await AssertCleanAsync();
    }

    [Fact]
    public async Task TruncatedChunk_ThenClose_IsLoggedAndCleanedUp()
    {
        await using (var client = await ReadyAsync())
        {
            await client.SendAsync([0x00, 0x64, 0xB3, 0x10, 0x81]); // announces 100 bytes, sends 3
        }
        await _server.WaitForNoConnectionsAsync(Settle);
        Assert.True(_server.Logs.Contains("closed in the middle of a message"));
        await AssertCleanAsync();
    }

    [Fact]
    public async Task UnknownMessageSignature_FailsAndCloses()
    {
        await using (var client = await ReadyAsync())
        {
            await client.SendAsync([0x00, 0x02, 0xB0, 0x55, 0x00, 0x00]);
            var failure = await client.ReceiveAsync();
            Assert.True(failure.IsFailure);
            Assert.Contains("Unknown message signature 0x55", (string)failure.Metadata["message"]!);
            Assert.Empty(await client.ReadUntilClosedAsync());
        }
        Assert.True(_server.Logs.Contains("Unknown message signature"));
        await AssertCleanAsync();
    }

    [Fact]
    public async Task UndefinedPackStreamMarker_FailsAndCloses()
    {
        await using (var client = await ReadyAsync())
        {
            await client.SendAsync([0x00, 0x04, 0xB1, 0x10, 0xC4, 0x00, 0x00, 0x00]);
            var failure = await client.ReceiveAsync();
            Assert.Equal(StatusCodes.RequestInvalidFormat, failure.Metadata["neo4j_code"]);
            Assert.Empty(await client.ReadUntilClosedAsync());
        }
        await AssertCleanAsync();
    }

    [Fact]
    public async Task ClientStopsReadingMidStream_OthersAreServedAndItIsCleanedUpOnClose()
    {
        var stuck = await ReadyAsync();
        await stuck.SendMessageAsync(MessageSignature.Run, "UNWIND range(1, 100000000) AS x RETURN x", Map(), Map());
        await stuck.SendMessageAsync(MessageSignature.Pull, Map(("n", -1L)));
        Assert.True((await stuck.ReceiveAsync()).IsSuccess); // then never reads again: the server's writes back up
        await AssertStillServingAsync();
        await AssertStillServingAsync();
        Assert.Equal(1, _database.OpenSessions);
        await stuck.DisposeAsync();
        await _server.WaitForNoConnectionsAsync(Settle);
        Assert.Equal(0, _database.OpenSessions);
    }

    [Fact]
    public async Task FiveHundredConnections_OpenedAndDropped_CountReturnsToZero()
    {
        var clients = new List<TcpClient>();
        for (var i = 0; i < 500; i++)
        {
            var tcp = new TcpClient();
            await tcp.ConnectAsync("127.0.0.1", _server.Port);
            var stream = tcp.GetStream();
            // a mix: silent, half a handshake, a full handshake, a handshake and a HELLO
            switch (i % 4)
            {
                case 1: await stream.WriteAsync(new byte[] { 0x60, 0x60 }); break;
                case 2: await stream.WriteAsync(new byte[] { 0x60, 0x60, 0xB0, 0x17, 0, 8, 8, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }); break;
                case 3:
                    await stream.WriteAsync(new byte[] { 0x60, 0x60, 0xB0, 0x17, 0, 8, 8, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 });
                    await stream.WriteAsync(RawBoltClient.Message(MessageSignature.Hello, Map(("user_agent", "x/1"))));
                    break;
            }
            clients.Add(tcp);
        }
        await AssertStillServingAsync();
        foreach (var tcp in clients)
        {
            tcp.Dispose();
        }
        await _server.WaitForNoConnectionsAsync(Settle);
        Assert.True(_server.Metrics.TotalConnections >= 500);
        await AssertCleanAsync();
    }
}
