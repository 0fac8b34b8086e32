using System.Buffers;
using Graph.Bolt.PackStream;

namespace Graph.Bolt.Tests.PackStream;

internal static class PackStreamTestHelper
{
    public static byte[] Pack(object? value, PackStreamFormat? format = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        new PackStreamWriter(buffer, format ?? PackStreamFormat.Bolt5).WriteValue(value);
        return buffer.WrittenSpan.ToArray();
    }

    public static object? Unpack(byte[] bytes)
    {
        var reader = new PackStreamReader(bytes);
        var value = reader.ReadValue();
        Assert.Equal(0, reader.Remaining);
        return value;
    }

    public static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", ""));

    public static string ToHex(byte[] bytes) => Convert.ToHexString(bytes);
}
