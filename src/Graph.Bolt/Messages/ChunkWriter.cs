using System.Buffers;
using System.Buffers.Binary;
using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>
/// Builds outgoing messages: PackStream goes into a reusable scratch buffer, and <see cref="EndMessage"/>
/// copies it to the output as chunks of at most 65 535 bytes plus the 00 00 terminator (bolt.md §2).
/// Not thread-safe: one per connection.
/// </summary>
public sealed class ChunkWriter
{
    public const int MaxChunkSize = ushort.MaxValue;

    private readonly IBufferWriter<byte> _output;
    private readonly ArrayBufferWriter<byte> _scratch = new(4096);

    public ChunkWriter(IBufferWriter<byte> output, PackStreamFormat format)
    {
        _output = output;
        Packer = new PackStreamWriter(_scratch, format);
    }

    /// <summary>Write the message structure here between <see cref="BeginMessage"/> and <see cref="EndMessage"/>.</summary>
    public PackStreamWriter Packer { get; }

    /// <summary>Bytes handed to the output since the last <see cref="ResetPendingCount"/>, to decide when to flush.</summary>
    public long PendingBytes { get; private set; }

    public void BeginMessage(int fieldCount, byte signature)
    {
        _scratch.ResetWrittenCount();
        Packer.WriteStructHeader(fieldCount, signature);
    }

    public void EndMessage()
    {
        var payload = _scratch.WrittenSpan;
        while (!payload.IsEmpty)
        {
            var size = Math.Min(payload.Length, MaxChunkSize);
            var span = _output.GetSpan(size + 2);
            BinaryPrimitives.WriteUInt16BigEndian(span, (ushort)size);
            payload[..size].CopyTo(span[2..]);
            _output.Advance(size + 2);
            payload = payload[size..];
        }
        var end = _output.GetSpan(2);
        end[0] = 0;
        end[1] = 0;
        _output.Advance(2);
        PendingBytes += _scratch.WrittenCount + 2 + (_scratch.WrittenCount + MaxChunkSize - 1) / MaxChunkSize * 2;
    }

    public void ResetPendingCount() => PendingBytes = 0;
}
