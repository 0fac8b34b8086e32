using Graph.Bolt.PackStream;
using static Graph.Bolt.Tests.PackStream.PackStreamTestHelper;

namespace Graph.Bolt.Tests.PackStream;

public sealed class PackStreamPrimitiveTests
{
    [Theory]
    [InlineData(0L, "00")]
    [InlineData(1L, "01")]
    [InlineData(127L, "7F")]
    [InlineData(-1L, "FF")]
    [InlineData(-16L, "F0")]
    [InlineData(-17L, "C8EF")]
    [InlineData(-128L, "C880")]
    [InlineData(128L, "C90080")]
    [InlineData(-129L, "C9FF7F")]
    [InlineData(32767L, "C97FFF")]
    [InlineData(-32768L, "C98000")]
    [InlineData(32768L, "CA00008000")]
    [InlineData(-32769L, "CAFFFF7FFF")]
    [InlineData(2147483647L, "CA7FFFFFFF")]
    [InlineData(-2147483648L, "CA80000000")]
    [InlineData(2147483648L, "CB0000000080000000")]
    [InlineData(-2147483649L, "CBFFFFFFFF7FFFFFFF")]
    [InlineData(long.MaxValue, "CB7FFFFFFFFFFFFFFF")]
    [InlineData(long.MinValue, "CB8000000000000000")]
    public void Integer_AtEveryWidthThreshold_UsesSmallestMarkerAndRoundTrips(long value, string hex)
    {
        var bytes = Pack(value);
        Assert.Equal(hex, ToHex(bytes));
        Assert.Equal(value, Unpack(bytes));
    }

    [Theory]
    [InlineData("C800", 0L)]
    [InlineData("C90001", 1L)]
    [InlineData("CA00000001", 1L)]
    [InlineData("CB0000000000000001", 1L)]
    [InlineData("CBFFFFFFFFFFFFFFFF", -1L)]
    public void Integer_WiderThanNeeded_DecodesToSameValue(string hex, long expected)
    {
        Assert.Equal(expected, Unpack(Hex(hex)));
    }

    [Fact]
    public void List_OfSpecIntegers_MatchesDriverBytes()
    {
        var bytes = Pack(new List<object?> { 0L, 127L, -16L, -17L, 128L, -129L, 32768L, 2147483648L, -1L });
        Assert.Equal("99007FF0C8EFC90080C9FF7FCA00008000CB0000000080000000FF", ToHex(bytes));
    }

    [Theory]
    [InlineData(1.0, "C13FF0000000000000")]
    [InlineData(0.0, "C10000000000000000")]
    [InlineData(-0.0, "C18000000000000000")]
    [InlineData(double.PositiveInfinity, "C17FF0000000000000")]
    [InlineData(double.NegativeInfinity, "C1FFF0000000000000")]
    [InlineData(double.MaxValue, "C17FEFFFFFFFFFFFFF")]
    [InlineData(double.Epsilon, "C10000000000000001")]
    public void Float_Values_AreEightByteBigEndianAndRoundTrip(double value, string hex)
    {
        var bytes = Pack(value);
        Assert.Equal(hex, ToHex(bytes));
        Assert.Equal(value, Unpack(bytes));
    }

    [Fact]
    public void Float_NaN_RoundTrips()
    {
        Assert.True(double.IsNaN((double)Unpack(Pack(double.NaN))!));
    }

    [Fact]
    public void NullAndBooleans_InList_MatchDriverBytes()
    {
        var bytes = Pack(new List<object?> { true, false, null });
        Assert.Equal("93C3C2C0", ToHex(bytes));
        Assert.Equal(new List<object?> { true, false, null }, Unpack(bytes));
    }

    [Theory]
    [InlineData(0, "80")]
    [InlineData(15, "8F")]
    [InlineData(16, "D010")]
    [InlineData(255, "D0FF")]
    [InlineData(256, "D10100")]
    [InlineData(65535, "D1FFFF")]
    [InlineData(65536, "D200010000")]
    public void String_AtLengthThresholds_UsesSmallestHeaderAndRoundTrips(int length, string header)
    {
        var text = new string('a', length);
        var bytes = Pack(text);
        Assert.Equal(header, ToHex(bytes[..(header.Length / 2)]));
        Assert.Equal(header.Length / 2 + length, bytes.Length);
        Assert.Equal(text, Unpack(bytes));
    }

    [Fact]
    public void String_NonAscii_LengthCountsUtf8Bytes()
    {
        var bytes = Pack("山海");
        Assert.Equal("86E5B1B1E6B5B7", ToHex(bytes));
        Assert.Equal("山海", Unpack(bytes));
    }

    [Fact]
    public void String_OfOneMegabyte_RoundTrips()
    {
        var text = string.Concat(Enumerable.Repeat("图谱graph", 100_000));
        Assert.Equal(text, Unpack(Pack(text)));
    }

    [Theory]
    [InlineData(0, "CC00")]
    [InlineData(3, "CC03")]
    [InlineData(255, "CCFF")]
    [InlineData(256, "CD0100")]
    [InlineData(65535, "CDFFFF")]
    [InlineData(65536, "CE00010000")]
    public void Bytes_AtLengthThresholds_HaveNoTinyFormAndRoundTrip(int length, string header)
    {
        var data = Enumerable.Range(0, length).Select(i => (byte)i).ToArray();
        var bytes = Pack(data);
        Assert.Equal(header, ToHex(bytes[..(header.Length / 2)]));
        Assert.Equal(data, Unpack(bytes));
    }

    [Fact]
    public void Bytes_Spec_MatchesDriverBytes()
    {
        Assert.Equal("CC03010203", ToHex(Pack(new byte[] { 1, 2, 3 })));
    }

    [Theory]
    [InlineData(0, "90")]
    [InlineData(15, "9F")]
    [InlineData(16, "D410")]
    [InlineData(255, "D4FF")]
    [InlineData(256, "D50100")]
    [InlineData(65536, "D600010000")]
    public void List_AtCountThresholds_UsesSmallestHeaderAndRoundTrips(int count, string header)
    {
        var list = Enumerable.Range(0, count).Select(i => (object?)(long)(i % 100)).ToList();
        var bytes = Pack(list);
        Assert.Equal(header, ToHex(bytes[..(header.Length / 2)]));
        Assert.Equal(list, Unpack(bytes));
    }

    [Theory]
    [InlineData(0, "A0")]
    [InlineData(15, "AF")]
    [InlineData(16, "D810")]
    [InlineData(256, "D90100")]
    [InlineData(65536, "DA00010000")]
    public void Map_AtCountThresholds_UsesSmallestHeaderAndRoundTrips(int count, string header)
    {
        var map = Enumerable.Range(0, count).ToDictionary(i => "k" + i, i => (object?)(long)i);
        var bytes = Pack(map);
        Assert.Equal(header, ToHex(bytes[..(header.Length / 2)]));
        var decoded = Assert.IsType<Dictionary<string, object?>>(Unpack(bytes));
        Assert.Equal(map, decoded);
    }

    [Fact]
    public void Map_RepeatedKey_LastValueWins()
    {
        var decoded = Assert.IsType<Dictionary<string, object?>>(Unpack(Hex("A2 81 61 01 81 61 02")));
        Assert.Equal(2L, Assert.Single(decoded).Value);
    }

    [Fact]
    public void NestedValues_Mixed_RoundTrip()
    {
        var value = new Dictionary<string, object?>
        {
            ["list"] = new List<object?> { 1L, "two", 3.0, null, new List<object?>(), new Dictionary<string, object?>() },
            ["map"] = new Dictionary<string, object?> { ["inner"] = new byte[] { 9 } },
            [""] = "",
        };
        var decoded = (Dictionary<string, object?>)Unpack(Pack(value))!;
        Assert.Equal(new List<object?> { 1L, "two", 3.0, null, new List<object?>(), new Dictionary<string, object?>() },
            decoded["list"]);
        Assert.Equal(new byte[] { 9 }, ((Dictionary<string, object?>)decoded["map"]!)["inner"]);
        Assert.Equal("", decoded[""]);
    }

    [Fact]
    public void WriteValue_ClrIntAndFloat_AreNormalized()
    {
        Assert.Equal("2A", ToHex(Pack(42)));
        Assert.Equal("C13FF8000000000000", ToHex(Pack(1.5f)));
        Assert.Equal("920102", ToHex(Pack(new[] { 1, 2 })));
    }

    [Theory]
    [InlineData("C4")]
    [InlineData("DC")]
    [InlineData("E0")]
    [InlineData("EF")]
    public void Read_UndefinedMarker_Throws(string hex)
    {
        Assert.Throws<BoltProtocolException>(() => Unpack(Hex(hex)));
    }

    [Theory]
    [InlineData("C9 00")]
    [InlineData("D0 05 61 62")]
    [InlineData("93 01 02")]
    [InlineData("A1 81 61")]
    [InlineData("CB 00 00")]
    [InlineData("D6 7F FF FF FF")]
    [InlineData("D2 FF FF FF FF")]
    public void Read_TruncatedValue_Throws(string hex)
    {
        Assert.Throws<BoltProtocolException>(() => Unpack(Hex(hex)));
    }

    [Fact]
    public void Read_NonStringMapKey_Throws()
    {
        Assert.Throws<BoltProtocolException>(() => Unpack(Hex("A1 01 01")));
    }

    [Fact]
    public void Read_HostileNesting_ThrowsInsteadOfOverflowingTheStack()
    {
        var bytes = Enumerable.Repeat((byte)0x91, 10_000).Append((byte)0x01).ToArray();
        Assert.Throws<BoltProtocolException>(() => Unpack(bytes));
    }
}
