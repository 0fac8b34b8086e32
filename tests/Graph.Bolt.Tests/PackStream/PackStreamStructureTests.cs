using Graph.Bolt.PackStream;
using Graph.Core.Values;
using static Graph.Bolt.Tests.PackStream.PackStreamTestHelper;
using Path = Graph.Core.Values.Path;

namespace Graph.Bolt.Tests.PackStream;

public sealed class PackStreamStructureTests
{
    private static readonly Dictionary<string, object?> NoProperties = new();

    [Fact]
    public void Node_Bolt5_MatchesDriverBytesAndRoundTrips()
    {
        var node = new Node(42, "4:abc:42", ["Person"], new Dictionary<string, object?> { ["name"] = "Ann" });
        var bytes = Pack(node);
        Assert.Equal("B44E2A9186506572736F6EA1846E616D6583416E6E88343A6162633A3432", ToHex(bytes));
        var decoded = Assert.IsType<Node>(Unpack(bytes));
        Assert.Equal(42, decoded.Id);
        Assert.Equal("4:abc:42", decoded.ElementId);
        Assert.Equal(["Person"], decoded.Labels);
        Assert.Equal("Ann", decoded.Properties["name"]);
    }

    [Fact]
    public void Node_Bolt44_HasThreeFieldsAndDecodesWithNumericElementId()
    {
        var node = new Node(42, "4:abc:42", ["Person"], new Dictionary<string, object?> { ["name"] = "Ann" });
        var bytes = Pack(node, PackStreamFormat.Bolt44);
        Assert.Equal("B34E2A9186506572736F6EA1846E616D6583416E6E", ToHex(bytes));
        Assert.Equal("42", Assert.IsType<Node>(Unpack(bytes)).ElementId);
    }

    [Fact]
    public void Relationship_Bolt5_MatchesDriverBytesAndRoundTrips()
    {
        var rel = new Relationship(7, "5:abc:7", 42, "4:abc:42", 43, "4:abc:43", "KNOWS", NoProperties);
        var bytes = Pack(rel);
        Assert.Equal("B852072A2B854B4E4F5753A087353A6162633A3788343A6162633A343288343A6162633A3433", ToHex(bytes));
        var decoded = Assert.IsType<Relationship>(Unpack(bytes));
        Assert.Equal((7L, 42L, 43L, "KNOWS", "4:abc:42", "4:abc:43"),
            (decoded.Id, decoded.StartNodeId, decoded.EndNodeId, decoded.Type, decoded.StartNodeElementId,
                decoded.EndNodeElementId));
    }

    [Fact]
    public void Relationship_Bolt44_HasFiveFields()
    {
        var rel = new Relationship(7, "5:abc:7", 42, "4:abc:42", 43, "4:abc:43", "KNOWS", NoProperties);
        var bytes = Pack(rel, PackStreamFormat.Bolt44);
        Assert.Equal("B552072A2B854B4E4F5753A0", ToHex(bytes));
        Assert.Equal("43", Assert.IsType<Relationship>(Unpack(bytes)).EndNodeElementId);
    }

    [Fact]
    public void Path_Forward_MatchesDriverBytesAndRoundTrips()
    {
        var a = new Node(1, "4:x:1", ["P"], NoProperties);
        var b = new Node(2, "4:x:2", ["P"], NoProperties);
        var r = new Relationship(9, "5:x:9", 1, "4:x:1", 2, "4:x:2", "KNOWS", NoProperties);
        var bytes = Pack(new Path([a, b], [r]));
        Assert.Equal("B3509" + "2B44E01918150A085343A783A31B44E02918150A085343A783A3291B47209854B4E4F5753A085353A783A39920101",
            ToHex(bytes));
        var decoded = Assert.IsType<Path>(Unpack(bytes));
        Assert.Equal([a, b], decoded.Nodes);
        Assert.Equal("4:x:1", decoded.Relationships[0].StartNodeElementId);
    }

    [Fact]
    public void Path_WithBackwardStepAndRevisitedNode_KeepsStoredDirections()
    {
        var a = new Node(1, "n1", [], NoProperties);
        var b = new Node(2, "n2", [], NoProperties);
        var c = new Node(3, "n3", [], NoProperties);
        var ab = new Relationship(10, "r10", 1, "n1", 2, "n2", "T", NoProperties);
        var cb = new Relationship(11, "r11", 3, "n3", 2, "n2", "T", NoProperties);
        var path = new Path([a, b, c, b, a], [ab, cb, cb, ab]);
        var decoded = Assert.IsType<Path>(Unpack(Pack(path)));
        Assert.Equal(path.Nodes, decoded.Nodes);
        Assert.Equal(path.Relationships, decoded.Relationships);
        Assert.Equal(("n3", "n2"), (decoded.Relationships[1].StartNodeElementId, decoded.Relationships[1].EndNodeElementId));
        Assert.Equal(("n1", "n2"), (decoded.Relationships[3].StartNodeElementId, decoded.Relationships[3].EndNodeElementId));
    }

    [Fact]
    public void Path_OfLengthZero_RoundTrips()
    {
        var a = new Node(1, "n1", [], NoProperties);
        var decoded = Assert.IsType<Path>(Unpack(Pack(new Path([a], []))));
        Assert.Equal(0, decoded.Length);
        Assert.Equal(a, decoded.Start);
    }

    public static TheoryData<object, string> SpecEncodings => new()
    {
        { new CypherDate(19000), "B144C94A38" },
        { new CypherTime(43_200_000_000_000, 3600), "B254CB0000274A48A78000C90E10" },
        { new CypherLocalTime(43_200_000_000_000), "B174CB0000274A48A78000" },
        { new CypherLocalDateTime(4500, 0), "B264C9119400" },
        { new CypherDateTime(4500, 42, 3600, null), "B349C911942AC90E10" },
        { new CypherDuration(1, 2, 3, 500_000_000), "B445010203CA1DCD6500" },
        { new CypherPoint(7203, 1.5, 2.0, null), "B358C91C23C13FF8000000000000C14000000000000000" },
        { new CypherPoint(9157, 1, 2, 3), "B459C923C5C13FF0000000000000C14000000000000000C14008000000000000" },
    };

    [Theory]
    [MemberData(nameof(SpecEncodings))]
    public void TemporalAndSpatial_SpecValues_MatchDriverBytesAndRoundTrip(object value, string hex)
    {
        var bytes = Pack(value);
        Assert.Equal(hex, ToHex(bytes));
        Assert.Equal(value, Unpack(bytes));
    }

    [Fact]
    public void DateTimeZoneId_Bolt5_IsUtcSecondsWithZoneName()
    {
        // 1970-01-01T01:15:00.000000042Z is 02:15 in Paris (+01:00 in winter).
        var value = new CypherDateTime(4500, 42, 3600, "Europe/Paris");
        var bytes = Pack(value);
        Assert.Equal("B369C911942A8C4575726F70652F5061726973", ToHex(bytes));
        Assert.Equal(value, Unpack(bytes));
    }

    [Fact]
    public void DateTimeZoneId_Decoded_TakesOffsetFromZoneRules()
    {
        // 2024-07-01T00:00Z: Paris is on summer time (+02:00).
        var value = Assert.IsType<CypherDateTime>(Unpack(Pack(new CypherDateTime(1_719_792_000, 0, 0, "Europe/Paris"))));
        Assert.Equal(7200, value.OffsetSeconds);
    }

    [Fact]
    public void DateTime_Legacy44_UsesLocalSecondsUnderTag46()
    {
        var value = new CypherDateTime(4500, 42, 3600, null);
        var bytes = Pack(value, PackStreamFormat.Bolt44);
        Assert.Equal("B346C91FA42AC90E10", ToHex(bytes));
        Assert.Equal(value, Unpack(bytes));
    }

    [Fact]
    public void DateTimeZoneId_Legacy44_UsesLocalSecondsUnderTag66()
    {
        var value = new CypherDateTime(4500, 42, 3600, "Europe/Paris");
        var bytes = Pack(value, PackStreamFormat.Bolt44);
        Assert.Equal("B366C91FA42A8C4575726F70652F5061726973", ToHex(bytes));
        Assert.Equal(value, Unpack(bytes));
    }

    [Fact]
    public void DateTime_Bolt44WithUtcPatch_UsesTag49()
    {
        Assert.Equal("B349C911942AC90E10", ToHex(Pack(new CypherDateTime(4500, 42, 3600, null), PackStreamFormat.Bolt44Utc)));
    }

    [Theory]
    [InlineData(long.MinValue)]
    [InlineData(long.MaxValue)]
    [InlineData(-1L)]
    public void Temporal_ExtremeComponents_RoundTrip(long extreme)
    {
        object[] values =
        [
            new CypherDate(extreme), new CypherLocalTime(extreme), new CypherLocalDateTime(extreme, 999_999_999),
            new CypherDuration(extreme, extreme, extreme, -999_999_999), new CypherTime(extreme, -64_800),
        ];
        foreach (var value in values)
        {
            Assert.Equal(value, Unpack(Pack(value)));
        }
    }

    [Fact]
    public void UnknownStructure_IsKeptRawAndReencodedIdentically()
    {
        var bytes = Hex("B2 7A 01 81 61");
        var structure = Assert.IsType<PackStreamStructure>(Unpack(bytes));
        Assert.Equal(0x7A, structure.Tag);
        Assert.Equal(bytes, Pack(structure));
    }

    [Theory]
    [InlineData("B2 4E 01 90")]
    [InlineData("B2 44 01 02")]
    [InlineData("B1 44 81 61")]
    [InlineData("B2 58 01 02")]
    [InlineData("B3 50 90 90 90")]
    public void Structure_WrongFieldCountOrType_Throws(string hex)
    {
        Assert.Throws<BoltProtocolException>(() => Unpack(Hex(hex)));
    }
}
