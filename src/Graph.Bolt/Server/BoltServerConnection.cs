using System.Buffers;
using System.IO.Pipelines;
using System.Threading.Channels;
using Graph.Bolt.Messages;
using Graph.Bolt.PackStream;
using Graph.Core;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Logging;

namespace Graph.Bolt.Server;

/// <summary>
/// One Bolt connection after the handshake: the state machine of bolt.md §6 mapped onto the port. A reader
/// loop decodes messages into a queue and reacts to RESET at once (cancelling the running request, so
/// everything queued before the RESET is IGNORED); the executor loop answers requests in order. Only the
/// executor writes to the output. Not thread-safe beyond that split: one instance per connection.
/// </summary>
internal sealed partial class BoltServerConnection
{
    private readonly string _id;
    private readonly BoltVersion _version;
    private readonly ConnectionContext _connection;
    private readonly IGraphDatabase _database;
    private readonly BoltServerOptions _options;
    private readonly BoltServerMetrics _metrics;
    private readonly ILogger _logger;
    private readonly ChunkWriter _writer;
    private readonly Lock _gate = new();
    private int _pendingResets;
    private CancellationTokenSource? _operation;
    private ServerState _state = ServerState.Negotiation;

    public BoltServerConnection(string id, BoltVersion version, ConnectionContext connection, IGraphDatabase database,
        BoltServerOptions options, BoltServerMetrics metrics, ILogger logger)
    {
        _id = id;
        _version = version;
        _connection = connection;
        _database = database;
        _options = options;
        _metrics = metrics;
        _logger = logger;
        _writer = new ChunkWriter(connection.Transport.Output,
            version.Major >= 5 ? PackStreamFormat.Bolt5 : PackStreamFormat.Bolt44);
    }

    public async Task RunAsync(CancellationToken connectionClosed)
    {
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(connectionClosed);
        var queue = Channel.CreateBounded<object>(new BoundedChannelOptions(256) { SingleReader = true, SingleWriter = true });
        var reading = ReadLoopAsync(queue.Writer, lifetime);
        try
        {
            await ExecuteLoopAsync(queue.Reader, lifetime.Token).ConfigureAwait(false);
        }
        finally
        {
            lifetime.Cancel();
            await CloseWorkAsync().ConfigureAwait(false);
            await reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    // Decodes messages as they arrive. A protocol error is queued as the exception itself so the executor can
    // still answer FAILURE in order before closing.
    private async Task ReadLoopAsync(ChannelWriter<object> queue, CancellationTokenSource lifetime)
    {
        var input = _connection.Transport.Input;
        var message = new ArrayBufferWriter<byte>(1024);
        try
        {
            while (true)
            {
                var result = await input.ReadAsync(lifetime.Token).ConfigureAwait(false);
                var buffer = result.Buffer;
                try
                {
                    while (ChunkReader.TryReadMessage(ref buffer, message, _options.MaxMessageBytes))
                    {
                        var request = RequestDecoder.Decode(message.WrittenSpan);
                        if (request is GoodbyeMessage)
                        {
                            _logger.LogDebug("{Connection}: GOODBYE", _id);
                            lifetime.Cancel();
                            return;
                        }
                        if (request is ResetMessage)
                        {
                            Interrupt();
                        }
                        await queue.WriteAsync(request, lifetime.Token).ConfigureAwait(false);
                    }
                    if (result.IsCompleted)
                    {
                        if (!buffer.IsEmpty)
                        {
                            _metrics.ProtocolError();
                            _logger.LogWarning("{Connection}: closed in the middle of a message ({Bytes} bytes pending)", _id, buffer.Length);
                        }
                        lifetime.Cancel();
                        return;
                    }
                }
                finally
                {
                    input.AdvanceTo(buffer.Start, buffer.End);
                }
            }
        }
        catch (BoltProtocolException error)
        {
            queue.TryWrite(error);
        }
        catch (Exception error) when (error is OperationCanceledException or IOException or ConnectionResetException)
        {
            lifetime.Cancel();
        }
        finally
        {
            queue.TryComplete();
        }
    }

    private void Interrupt()
    {
        lock (_gate)
        {
            _pendingResets++;
            _operation?.Cancel();
        }
    }

    private async Task ExecuteLoopAsync(ChannelReader<object> queue, CancellationToken lifetime)
    {
        while (await queue.WaitToReadAsync(lifetime).ConfigureAwait(false))
        {
            while (queue.TryRead(out var item))
            {
                if (item is BoltProtocolException violation)
                {
                    await FailProtocolAsync(StatusCodes.RequestInvalidFormat, violation.Message, lifetime).ConfigureAwait(false);
                    return;
                }
                if (!await ExecuteOneAsync((BoltRequest)item, lifetime).ConfigureAwait(false))
                {
                    await FlushAsync(lifetime).ConfigureAwait(false);
                    return;
                }
                if (!queue.TryPeek(out _))
                {
                    await FlushAsync(lifetime).ConfigureAwait(false); // answers go out once the pipelined batch is done
                }
            }
        }
    }

    /// <summary>Runs one request under the interrupt rules; false when the connection must close.</summary>
    private async Task<bool> ExecuteOneAsync(BoltRequest request, CancellationToken lifetime)
    {
        if (request is ResetMessage)
        {
            lock (_gate)
            {
                _pendingResets--;
            }
            return await ResetAsync().ConfigureAwait(false);
        }
        using var operation = CancellationTokenSource.CreateLinkedTokenSource(lifetime);
        lock (_gate)
        {
            if (_pendingResets > 0)
            {
                MessageEncoder.Ignored(_writer);
                return true;
            }
            _operation = operation;
        }
        try
        {
            if (_state == ServerState.Failed)
            {
                MessageEncoder.Ignored(_writer);
                return true;
            }
            return await DispatchAsync(request, operation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (operation.IsCancellationRequested && !lifetime.IsCancellationRequested)
        {
            // Interrupted by a RESET that is queued behind this request: the RESET's own turn clears up.
            MessageEncoder.Ignored(_writer);
            return true;
        }
        finally
        {
            lock (_gate)
            {
                _operation = null;
            }
        }
    }

    private Task<bool> DispatchAsync(BoltRequest request, CancellationToken ct) => (_state, request) switch
    {
        (ServerState.Negotiation, HelloMessage hello) => HelloAsync(hello, ct),
        (ServerState.Authentication, LogonMessage logon) => LogonAsync(logon, ct),
        (ServerState.Ready, LogoffMessage) => LogoffAsync(ct),
        (ServerState.Ready, RunMessage run) => RunAutoCommitAsync(run, ct),
        (ServerState.Ready, BeginMessage begin) => BeginAsync(begin, ct),
        (ServerState.Ready, RouteMessage route) => RouteAsync(route, ct),
        (ServerState.Ready or ServerState.TxReady or ServerState.TxStreaming, TelemetryMessage telemetry) =>
            TelemetryAsync(telemetry, ct),
        (ServerState.Streaming, PullMessage pull) => PullAsync(pull.Qid, pull.N, discard: false, ct),
        (ServerState.Streaming, DiscardMessage discard) => PullAsync(discard.Qid, discard.N, discard: true, ct),
        (ServerState.TxReady or ServerState.TxStreaming, RunMessage run) => RunInTransactionAsync(run, ct),
        (ServerState.TxStreaming, PullMessage pull) => PullAsync(pull.Qid, pull.N, discard: false, ct),
        (ServerState.TxStreaming, DiscardMessage discard) => PullAsync(discard.Qid, discard.N, discard: true, ct),
        (ServerState.TxReady or ServerState.TxStreaming, CommitMessage) => CommitAsync(ct),
        (ServerState.TxReady or ServerState.TxStreaming, RollbackMessage) => RollbackAsync(ct),
        _ => ViolationAsync(request, ct),
    };

    private async Task<bool> ViolationAsync(BoltRequest request, CancellationToken ct)
    {
        await FailProtocolAsync(StatusCodes.RequestInvalid,
            $"Message {request.Name} cannot be handled by session in the {StateName} state.", ct).ConfigureAwait(false);
        return false;
    }

    private string StateName => _state switch
    {
        ServerState.TxReady => "TX_READY",
        ServerState.TxStreaming => "TX_STREAMING",
        _ => _state.ToString().ToUpperInvariant(),
    };

    private async Task FailProtocolAsync(string code, string message, CancellationToken ct)
    {
        _metrics.ProtocolError();
        _logger.LogWarning("{Connection}: protocol violation, closing: {Reason}", _id, message);
        MessageEncoder.Failure(_writer, FailureMetadata.Build(new GraphException(code, message), _version, null));
        _state = ServerState.Defunct;
        await FlushAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Answers FAILURE for a failed request, rolls back what was open and moves to FAILED.</summary>
    private async Task<bool> FailAsync(Exception error, string? queryText)
    {
        var graphError = error as GraphException;
        if (graphError is null)
        {
            _logger.LogError(error, "{Connection}: unexpected error", _id);
            graphError = new GraphException(StatusCodes.UnknownError, error.Message);
        }
        else
        {
            _logger.LogDebug("{Connection}: {Code} {Message}", _id, graphError.Code, graphError.Message);
        }
        await CloseWorkAsync().ConfigureAwait(false);
        MessageEncoder.Failure(_writer, FailureMetadata.Build(graphError, _version, queryText));
        _state = ServerState.Failed;
        return true;
    }

    private async ValueTask FlushAsync(CancellationToken ct)
    {
        _writer.ResetPendingCount();
        var result = await _connection.Transport.Output.FlushAsync(ct).ConfigureAwait(false);
        if (result.IsCompleted || result.IsCanceled)
        {
            throw new OperationCanceledException("The client stopped reading.");
        }
    }
}
