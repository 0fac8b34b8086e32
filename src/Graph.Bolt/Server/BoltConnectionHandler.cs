using System.Buffers;
using Graph.Bolt.Messages;
using Graph.Core;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Bolt.Server;

/// <summary>
/// Kestrel entry point for Bolt (listenOptions.UseConnectionHandler&lt;BoltConnectionHandler&gt;()): reads the
/// handshake, negotiates a version, then hands the connection to a <see cref="BoltServerConnection"/>.
/// Any failure of one connection is logged and ends only that connection. Thread-safe (singleton).
/// </summary>
public sealed class BoltConnectionHandler : ConnectionHandler
{
    private static readonly byte[] HttpRefusal =
        "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: 42\r\n\r\nThis is a Bolt port, not an HTTP endpoint.\n"u8
            .ToArray();

    private readonly IGraphDatabase _database;
    private readonly BoltServerOptions _options;
    private readonly BoltServerMetrics _metrics;
    private readonly ILogger<BoltConnectionHandler> _logger;

    public BoltConnectionHandler(IGraphDatabase database, IOptions<BoltServerOptions> options, BoltServerMetrics metrics,
        ILogger<BoltConnectionHandler> logger)
    {
        _database = database;
        _options = options.Value;
        _metrics = metrics;
        _logger = logger;
    }

    public override async Task OnConnectedAsync(ConnectionContext connection)
    {
        var number = _metrics.Opened();
        var id = "bolt-" + number;
        try
        {
            var version = await NegotiateAsync(connection, id).ConfigureAwait(false);
            if (version is null)
            {
                return;
            }
            var session = new BoltServerConnection(id, version.Value, connection, _database, _options, _metrics, _logger);
            await session.RunAsync(connection.ConnectionClosed).ConfigureAwait(false);
        }
        catch (BoltProtocolException error)
        {
            _metrics.ProtocolError();
            _logger.LogWarning("{Connection} from {Remote} closed: {Reason}", id, connection.RemoteEndPoint, error.Message);
        }
        catch (Exception error) when (error is OperationCanceledException or IOException or ConnectionResetException
                                          or ConnectionAbortedException or ObjectDisposedException)
        {
            _logger.LogDebug("{Connection} from {Remote} dropped: {Reason}", id, connection.RemoteEndPoint, error.Message);
        }
        catch (Exception error)
        {
            _logger.LogError(error, "{Connection} from {Remote} failed", id, connection.RemoteEndPoint);
        }
        finally
        {
            _metrics.Closed();
        }
    }

    private async Task<BoltVersion?> NegotiateAsync(ConnectionContext connection, string id)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(connection.ConnectionClosed);
        timeout.CancelAfter(_options.HandshakeTimeout);
        var input = connection.Transport.Input;
        var opening = new byte[Handshake.OpeningLength];
        while (true)
        {
            var result = await input.ReadAsync(timeout.Token).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (buffer.Length >= 4 && First4(buffer) is var start && !Handshake.HasMagic(start))
            {
                input.AdvanceTo(buffer.End);
                await RefuseAsync(connection, start).ConfigureAwait(false);
                return null;
            }
            if (buffer.Length >= Handshake.OpeningLength)
            {
                buffer.Slice(0, Handshake.OpeningLength).CopyTo(opening);
                input.AdvanceTo(buffer.GetPosition(Handshake.OpeningLength));
                break;
            }
            if (result.IsCompleted)
            {
                throw new BoltProtocolException($"Connection closed after {buffer.Length} bytes of the handshake.");
            }
            input.AdvanceTo(buffer.Start, buffer.End);
        }
        var version = Handshake.Negotiate(opening);
        await connection.Transport.Output.WriteAsync(Handshake.Reply(version), connection.ConnectionClosed).ConfigureAwait(false);
        if (version is null)
        {
            _logger.LogInformation("{Connection} from {Remote}: no supported Bolt version in {Proposals}", id,
                connection.RemoteEndPoint, Convert.ToHexString(opening, 4, 16));
            return null;
        }
        _logger.LogDebug("{Connection} from {Remote} speaks Bolt {Version}", id, connection.RemoteEndPoint, version);
        return version;
    }

    private async Task RefuseAsync(ConnectionContext connection, byte[] start)
    {
        _metrics.ProtocolError();
        var looksLikeHttp = start.All(b => b is >= (byte)'A' and <= (byte)'Z' or (byte)' ');
        _logger.LogWarning("Connection from {Remote} is not Bolt (starts with {Bytes}{Hint}); closing",
            connection.RemoteEndPoint, Convert.ToHexString(start), looksLikeHttp ? ", an HTTP request" : "");
        if (looksLikeHttp)
        {
            await connection.Transport.Output.WriteAsync(HttpRefusal, connection.ConnectionClosed).ConfigureAwait(false);
        }
    }

    private static byte[] First4(ReadOnlySequence<byte> buffer) => buffer.Slice(0, 4).ToArray();
}
