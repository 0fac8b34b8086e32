using Graph.Bolt.Messages;

namespace Graph.Bolt.Tests.Messages;

public sealed class HandshakeTests
{
    private static byte[] Opening(params uint[] slots)
    {
        var bytes = new byte[20];
        bytes[0] = 0x60; bytes[1] = 0x60; bytes[2] = 0xB0; bytes[3] = 0x17;
        for (var i = 0; i < slots.Length; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(4 + i * 4), slots[i]);
        }
        return bytes;
    }

    [Theory]
    [InlineData(0x00080805u, "5.8")]
    [InlineData(0x00000805u, "5.8")]
    [InlineData(0x00000505u, null)]
    [InlineData(0x00010605u, "5.6")]
    [InlineData(0x00010505u, "5.4")]
    [InlineData(0x00000005u, "5.0")]
    [InlineData(0x00000404u, "4.4")]
    [InlineData(0x00020404u, "4.4")]
    [InlineData(0x00000304u, null)]
    [InlineData(0x00000003u, null)]
    [InlineData(0x00000006u, null)]
    [InlineData(0x00000906u, null)]
    public void Negotiate_SingleSlot_PicksHighestSupportedInRangeNeverFiveFive(uint slot, string? expected)
    {
        Assert.Equal(expected, Handshake.Negotiate(Opening(slot))?.ToString());
    }

    [Fact]
    public void Negotiate_ManifestMarkerFirst_IsSkipped()
    {
        Assert.Equal("5.8", Handshake.Negotiate(Opening(0x000001FFu, 0x00080805u, 0x00020404u, 0x00000003u))?.ToString());
    }

    [Fact]
    public void Negotiate_FirstSatisfiableSlotWins()
    {
        Assert.Equal("4.4", Handshake.Negotiate(Opening(0x00000404u, 0x00080805u))?.ToString());
    }

    [Fact]
    public void Reply_ChosenAndRefused_AreFourBytes()
    {
        Assert.Equal(new byte[] { 0, 0, 8, 5 }, Handshake.Reply(BoltVersion.V5_8));
        Assert.Equal(new byte[] { 0, 0, 0, 0 }, Handshake.Reply(null));
    }

    [Fact]
    public void ParseReply_Http_Throws()
    {
        Assert.Throws<BoltProtocolException>(() => Handshake.ParseReply("HTTP"u8));
    }
}
