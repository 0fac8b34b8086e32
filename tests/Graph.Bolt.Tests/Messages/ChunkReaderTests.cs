using System.Buffers;
using Graph.Bolt.Messages;

namespace Graph.Bolt.Tests.Messages;

public sealed class ChunkReaderTests
{
    private static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", ""));

    [Fact]
    public void TryReadMessage_MultiChunkWithNoops_ReassemblesPayload()
    {
        var buffer = new ReadOnlySequence<byte>(Hex("0000 0002 B0 0F 0001 02 0000 0000"));
        var message = new ArrayBufferWriter<byte>();
        Assert.True(ChunkReader.TryReadMessage(ref buffer, message, 1000));
        Assert.Equal(Hex("B00F02"), message.WrittenSpan.ToArray());
        Assert.False(ChunkReader.TryReadMessage(ref buffer, message, 1000));
        Assert.True(buffer.IsEmpty); // the trailing NOOP is consumed
    }

    [Fact]
    public void TryReadMessage_Partial_ConsumesNothing()
    {
        var bytes = Hex("0003 B1 01 A0 0000");
        for (var cut = 1; cut < bytes.Length; cut++)
        {
            var buffer = new ReadOnlySequence<byte>(bytes, 0, cut);
            Assert.False(ChunkReader.TryReadMessage(ref buffer, new ArrayBufferWriter<byte>(), 1000));
            Assert.Equal(cut, buffer.Length);
        }
    }

    [Fact]
    public void TryReadMessage_TwoPipelinedMessages_ReadsBothInOrder()
    {
        var buffer = new ReadOnlySequence<byte>(Hex("0002 B0 12 0000 0002 B0 13 0000"));
        var message = new ArrayBufferWriter<byte>();
        Assert.True(ChunkReader.TryReadMessage(ref buffer, message, 1000));
        Assert.Equal(0x12, message.WrittenSpan[1]);
        Assert.True(ChunkReader.TryReadMessage(ref buffer, message, 1000));
        Assert.Equal(0x13, message.WrittenSpan[1]);
    }

    [Fact]
    public void TryReadMessage_OverLimit_Throws()
    {
        var buffer = new ReadOnlySequence<byte>(Hex("FFFF"));
        Assert.Throws<BoltProtocolException>(() => ChunkReader.TryReadMessage(ref buffer, new ArrayBufferWriter<byte>(), 1000));
    }

    [Fact]
    public void ChunkWriter_LargeMessage_SplitsAt65535()
    {
        var output = new ArrayBufferWriter<byte>();
        var writer = new ChunkWriter(output, Graph.Bolt.PackStream.PackStreamFormat.Bolt5);
        writer.BeginMessage(1, 0x10);
        writer.Packer.WriteString(new string('x', 100_000));
        writer.EndMessage();
        var bytes = output.WrittenSpan.ToArray();
        Assert.Equal(new byte[] { 0xFF, 0xFF }, bytes[..2]);
        var buffer = new ReadOnlySequence<byte>(bytes);
        var message = new ArrayBufferWriter<byte>();
        Assert.True(ChunkReader.TryReadMessage(ref buffer, message, 1 << 20));
        Assert.Equal(2 + 5 + 100_000, message.WrittenCount);
        Assert.True(buffer.IsEmpty);
    }
}
