using System.Buffers;
using System.Buffers.Binary;

namespace Graph.Bolt.Messages;

/// <summary>
/// Reassembles chunked messages (bolt.md §2): [u16 size][bytes]... ending with 00 00. A 00 00 with no
/// pending bytes is a NOOP and skipped. A message is taken only once all its chunks are buffered, so a
/// partial message costs nothing until it completes. Thread-safe (stateless).
/// </summary>
public static class ChunkReader
{
    /// <summary>
    /// Tries to take one whole message off the front of <paramref name="buffer"/>, copying its payload into
    /// <paramref name="message"/>. Returns false (consuming only NOOPs) when it is not complete yet.
    /// </summary>
    public static bool TryReadMessage(ref ReadOnlySequence<byte> buffer, ArrayBufferWriter<byte> message, int maxMessageBytes)
    {
        var reader = new SequenceReader<byte>(buffer);
        var size = 0;
        while (reader.TryReadBigEndian(out short rawChunkSize))
        {
            var chunkSize = (ushort)rawChunkSize;
            if (chunkSize == 0)
            {
                if (size == 0)
                {
                    buffer = buffer.Slice(reader.Position); // NOOP keep-alive
                    continue;
                }
                Copy(buffer, message, size);
                buffer = buffer.Slice(reader.Position);
                return true;
            }
            size += chunkSize;
            if (size > maxMessageBytes)
            {
                throw new BoltProtocolException($"Message larger than the limit of {maxMessageBytes} bytes.");
            }
            if (reader.Remaining < chunkSize)
            {
                return false;
            }
            reader.Advance(chunkSize);
        }
        return false;
    }

    private static void Copy(ReadOnlySequence<byte> buffer, ArrayBufferWriter<byte> message, int size)
    {
        message.ResetWrittenCount();
        var reader = new SequenceReader<byte>(buffer);
        var remaining = size;
        while (remaining > 0)
        {
            reader.TryReadBigEndian(out short rawChunkSize);
            var chunkSize = (ushort)rawChunkSize;
            if (chunkSize == 0)
            {
                continue;
            }
            var target = message.GetSpan(chunkSize)[..chunkSize];
            reader.TryCopyTo(target);
            reader.Advance(chunkSize);
            message.Advance(chunkSize);
            remaining -= chunkSize;
        }
    }
}
