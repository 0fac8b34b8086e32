using System.Buffers;
using System.IO.Pipelines;
using System.Net.Security;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Graph.Bolt.Messages;
using Graph.Bolt.PackStream;
using Graph.Core;

namespace Graph.Bolt.Client;

/// <summary>
/// One client connection to a Bolt server: handshake, HELLO (+LOGON), then requests written through
/// <see cref="Writer"/> and responses read in order with <see cref="ReceiveAsync"/>. Counts requests whose
/// summary has not arrived, so a failed exchange can be drained with RESET. Not thread-safe: one user at a
/// time (the pool hands it out exclusively).
/// </summary>
internal sealed class BoltConnection : IAsyncDisposable
{
    private readonly TcpClient _tcp;
    private readonly Stream _stream;
    private readonly PipeReader _input;
    private readonly PipeWriter _output;
    private readonly ArrayBufferWriter<byte> _message = new(1024);
    private int _pending;

    private BoltConnection(TcpClient tcp, Stream stream, string address)
    {
        _tcp = tcp;
        _stream = stream;
        Address = address;
        _input = PipeReader.Create(stream);
        _output = PipeWriter.Create(stream);
        Writer = new ChunkWriter(_output, PackStreamFormat.Bolt5);
    }

    public string Address { get; }

    public BoltVersion Version { get; private set; }

    public string ServerAgent { get; private set; } = "";

    public ChunkWriter Writer { get; }

    /// <summary>True after an I/O or protocol error: the connection must not be reused.</summary>
    public bool IsBroken { get; private set; }

    public bool IsIdle => _pending == 0 && !IsBroken;

    public static async Task<BoltConnection> OpenAsync(BoltEndpoint endpoint, string address, BoltClientOptions options,
        IReadOnlyDictionary<string, object?> auth, IReadOnlyDictionary<string, object?>? routing, CancellationToken ct)
    {
        var (host, port) = BoltEndpoint.SplitAddress(address);
        var tcp = new TcpClient { NoDelay = true };
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(options.ConnectionTimeout);
            await tcp.ConnectAsync(host, port, timeout.Token).ConfigureAwait(false);
            Stream stream = tcp.GetStream();
            if (endpoint.Encrypted)
            {
                var ssl = new SslStream(stream, false,
                    endpoint.TrustAnyCertificate ? (_, _, _, _) => true : null);
                await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = host }, timeout.Token)
                    .ConfigureAwait(false);
                stream = ssl;
            }
            var connection = new BoltConnection(tcp, stream, address);
            await connection.HandshakeAsync(timeout.Token).ConfigureAwait(false);
            await connection.HelloAsync(options, auth, routing, timeout.Token).ConfigureAwait(false);
            return connection;
        }
        catch (Exception error) when (error is SocketException or IOException or OperationCanceledException
                                          && !ct.IsCancellationRequested)
        {
            tcp.Dispose();
            throw new GraphException(StatusCodes.ServiceUnavailable, $"Could not connect to {address}: {error.Message}",
                innerException: error);
        }
        catch
        {
            tcp.Dispose();
            throw;
        }
    }

    private async Task HandshakeAsync(CancellationToken ct)
    {
        await _output.WriteAsync(Handshake.ClientOpening.ToArray(), ct).ConfigureAwait(false);
        var result = await _input.ReadAtLeastAsync(4, ct).ConfigureAwait(false);
        if (result.Buffer.Length < 4)
        {
            throw new GraphException(StatusCodes.ServiceUnavailable, $"{Address} closed the connection during the handshake.");
        }
        var reply = result.Buffer.Slice(0, 4).ToArray();
        _input.AdvanceTo(result.Buffer.GetPosition(4));
        Version = Handshake.ParseReply(reply) ?? throw new GraphException(StatusCodes.ServiceUnavailable,
            $"{Address} supports none of Bolt 5.0-5.8 or 4.4.");
        Writer.Packer.Format = Version.Major >= 5 ? PackStreamFormat.Bolt5 : PackStreamFormat.Bolt44;
    }

    private async Task HelloAsync(BoltClientOptions options, IReadOnlyDictionary<string, object?> auth,
        IReadOnlyDictionary<string, object?>? routing, CancellationToken ct)
    {
        var hello = new Dictionary<string, object?>
        {
            ["user_agent"] = options.UserAgent,
            ["bolt_agent"] = new Dictionary<string, object?>
            {
                ["product"] = options.UserAgent,
                ["platform"] = RuntimeInformation.OSDescription,
                ["language"] = "C#/" + Environment.Version,
                ["language_details"] = RuntimeInformation.FrameworkDescription,
            },
        };
        if (routing is not null)
        {
            hello["routing"] = routing;
        }
        if (Version.Major == 4)
        {
            hello["patch_bolt"] = new List<object?> { "utc" };
        }
        if (!Version.HasLogon)
        {
            foreach (var (key, value) in auth) hello[key] = value;
        }
        MessageEncoder.Map(Writer, MessageSignature.Hello, hello);
        Sent();
        if (Version.HasLogon)
        {
            MessageEncoder.Map(Writer, MessageSignature.Logon, auth);
            Sent();
        }
        await FlushAsync(ct).ConfigureAwait(false);
        var success = await ExpectSuccessAsync(ct).ConfigureAwait(false);
        ServerAgent = success.Metadata.GetValueOrDefault("server") as string ?? "";
        if (success.Metadata.GetValueOrDefault("patch_bolt") is IReadOnlyList<object?> patches && patches.Contains("utc"))
        {
            Writer.Packer.Format = PackStreamFormat.Bolt44Utc;
        }
        if (Version.HasLogon)
        {
            await ExpectSuccessAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>Call after writing each request message, so the pending-summary count stays right.</summary>
    public void Sent() => _pending++;

    public async ValueTask FlushAsync(CancellationToken ct)
    {
        try
        {
            await _output.FlushAsync(ct).ConfigureAwait(false);
        }
        catch (Exception error) when (error is IOException or SocketException or ObjectDisposedException)
        {
            throw Broken(error);
        }
    }

    /// <summary>Reads the next response; a summary (not a RECORD) settles one pending request.</summary>
    public async ValueTask<BoltResponse> ReceiveAsync(CancellationToken ct)
    {
        try
        {
            while (true)
            {
                var result = await _input.ReadAsync(ct).ConfigureAwait(false);
                var buffer = result.Buffer;
                if (ChunkReader.TryReadMessage(ref buffer, _message, int.MaxValue))
                {
                    _input.AdvanceTo(buffer.Start);
                    var response = ResponseDecoder.Decode(_message.WrittenSpan);
                    if (!response.IsRecord)
                    {
                        _pending--;
                    }
                    return response;
                }
                _input.AdvanceTo(buffer.Start, buffer.End);
                if (result.IsCompleted)
                {
                    throw new IOException($"{Address} closed the connection.");
                }
            }
        }
        catch (Exception error) when (error is IOException or SocketException or BoltProtocolException or ObjectDisposedException)
        {
            throw Broken(error);
        }
    }

    /// <summary>Reads one summary and throws the server's error if it is a FAILURE (after resetting the connection).</summary>
    public async ValueTask<BoltResponse> ExpectSuccessAsync(CancellationToken ct)
    {
        var response = await ReceiveAsync(ct).ConfigureAwait(false);
        if (response.IsFailure)
        {
            throw await FailAsync(response, ct).ConfigureAwait(false);
        }
        if (!response.IsSuccess)
        {
            throw Broken(new BoltProtocolException($"Expected SUCCESS but got {MessageSignature.Name(response.Signature)}."));
        }
        return response;
    }

    /// <summary>Turns a FAILURE into a GraphException and brings the connection back to READY with RESET.</summary>
    public async ValueTask<GraphException> FailAsync(BoltResponse failure, CancellationToken ct)
    {
        var error = ToException(failure.Metadata);
        if (error.Code == StatusCodes.Unauthorized || IsBroken)
        {
            IsBroken = true;
            return error;
        }
        try
        {
            await ResetAsync(ct).ConfigureAwait(false);
        }
        catch (GraphException)
        {
            IsBroken = true;
        }
        return error;
    }

    /// <summary>Sends RESET and drains every outstanding response (IGNORED for the pipelined rest).</summary>
    public async ValueTask ResetAsync(CancellationToken ct)
    {
        MessageEncoder.Empty(Writer, MessageSignature.Reset);
        Sent();
        await FlushAsync(ct).ConfigureAwait(false);
        BoltResponse last;
        do
        {
            last = await ReceiveAsync(ct).ConfigureAwait(false);
        } while (_pending > 0);
        if (!last.IsSuccess)
        {
            IsBroken = true;
        }
    }

    public static GraphException ToException(IReadOnlyDictionary<string, object?> metadata)
    {
        var code = metadata.GetValueOrDefault("neo4j_code") as string ?? metadata.GetValueOrDefault("code") as string
            ?? StatusCodes.UnknownError;
        var message = metadata.GetValueOrDefault("message") as string ?? "The server reported an error.";
        SourceSpan? span = null;
        if (metadata.GetValueOrDefault("diagnostic_record") is IReadOnlyDictionary<string, object?> diagnostics
            && diagnostics.GetValueOrDefault("_position") is IReadOnlyDictionary<string, object?> position
            && position.GetValueOrDefault("offset") is long offset)
        {
            span = new SourceSpan((int)offset, 0);
        }
        return new GraphException(code, message, null, span);
    }

    private GraphException Broken(Exception error)
    {
        IsBroken = true;
        return new GraphException(StatusCodes.ServiceUnavailable, $"Connection to {Address} failed: {error.Message}",
            innerException: error);
    }

    public async ValueTask DisposeAsync()
    {
        if (!IsBroken)
        {
            try
            {
                MessageEncoder.Empty(Writer, MessageSignature.Goodbye);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await _output.FlushAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (Exception error) when (error is IOException or SocketException or OperationCanceledException
                                              or ObjectDisposedException)
            {
                // the peer is gone already
            }
        }
        await _stream.DisposeAsync().ConfigureAwait(false);
        _tcp.Dispose();
    }
}
