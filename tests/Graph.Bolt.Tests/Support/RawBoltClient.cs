using System.Buffers;
using System.Buffers.Binary;
using System.Net.Sockets;
using Graph.Bolt.Messages;
using Graph.Bolt.PackStream;

namespace Graph.Bolt.Tests.Support;

/// <summary>
/// A byte-level Bolt peer for transcript tests: sends exactly the bytes a test says and decodes what comes
/// back, with a timeout on every read. Not thread-safe.
/// </summary>
internal sealed class RawBoltClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly TcpClient _tcp;
    private readonly NetworkStream _stream;

    private RawBoltClient(TcpClient tcp)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
    }

    public static async Task<RawBoltClient> ConnectAsync(int port)
    {
        var tcp = new TcpClient { NoDelay = true };
        await tcp.ConnectAsync("127.0.0.1", port);
        return new RawBoltClient(tcp);
    }

    /// <summary>Connects, negotiates the given version and returns the client (asserting the server agreed).</summary>
    public static async Task<RawBoltClient> OpenAsync(int port, BoltVersion version)
    {
        var client = await ConnectAsync(port);
        byte[] opening = [0x60, 0x60, 0xB0, 0x17, 0, 0, (byte)version.Minor, (byte)version.Major, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        await client.SendAsync(opening);
        Assert.Equal(Handshake.Reply(version), await client.ReadExactlyAsync(4));
        return client;
    }

    public async Task SendAsync(byte[] bytes)
    {
        await _stream.WriteAsync(bytes);
        await _stream.FlushAsync();
    }

    /// <summary>Sends one message: a structure with the given signature and fields, chunked.</summary>
    public Task SendMessageAsync(byte signature, params object?[] fields) => SendAsync(Message(signature, fields));

    public static byte[] Message(byte signature, params object?[] fields)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new ChunkWriter(buffer, PackStreamFormat.Bolt5);
        writer.BeginMessage(fields.Length, signature);
        foreach (var field in fields)
        {
            writer.Packer.WriteValue(field);
        }
        writer.EndMessage();
        return buffer.WrittenSpan.ToArray();
    }

    public async Task HelloAsync(BoltVersion version, string user = BoltTestServer.User, string password = BoltTestServer.Password)
    {
        var auth = new Dictionary<string, object?> { ["scheme"] = "basic", ["principal"] = user, ["credentials"] = password };
        var hello = new Dictionary<string, object?> { ["user_agent"] = "raw/1.0" };
        if (!version.HasLogon)
        {
            foreach (var (key, value) in auth) hello[key] = value;
        }
        await SendMessageAsync(MessageSignature.Hello, hello);
        Assert.True((await ReceiveAsync()).IsSuccess);
        if (version.HasLogon)
        {
            await SendMessageAsync(MessageSignature.Logon, auth);
            Assert.True((await ReceiveAsync()).IsSuccess);
        }
    }

    public async Task<BoltResponse> ReceiveAsync()
    {
        var payload = new ArrayBufferWriter<byte>();
        while (true)
        {
            var size = BinaryPrimitives.ReadUInt16BigEndian(await ReadExactlyAsync(2));
            if (size == 0)
            {
                if (payload.WrittenCount == 0) continue;
                return ResponseDecoder.Decode(payload.WrittenSpan);
            }
            payload.Write(await ReadExactlyAsync(size));
        }
    }

    public async Task<byte[]> ReadExactlyAsync(int count)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var buffer = new byte[count];
        await _stream.ReadExactlyAsync(buffer, timeout.Token);
        return buffer;
    }

    /// <summary>Reads whatever arrives until the server closes; fails if it does not close in time.</summary>
    public async Task<byte[]> ReadUntilClosedAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var all = new MemoryStream();
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await _stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                all.Write(buffer, 0, read);
            }
        }
        catch (IOException)
        {
            // a reset is a close too
        }
        return all.ToArray();
    }

    public ValueTask DisposeAsync()
    {
        _tcp.Dispose();
        return ValueTask.CompletedTask;
    }
}
