using System.Buffers.Binary;

namespace Graph.Bolt.Messages;

/// <summary>
/// The Bolt opening (bolt.md §1): magic 60 60 B0 17, four 4-byte proposals [reserved][range][minor][major],
/// answered by the chosen version 00 00 mm MM or 00 00 00 00. The manifest marker (major FF) is skipped,
/// which every driver accepts (§1.5). Thread-safe (stateless).
/// </summary>
public static class Handshake
{
    public const int OpeningLength = 20;
    public const uint Magic = 0x6060B017;

    /// <summary>The four slots a client sends: 5.8 down to 5.0, then 4.4 down to 4.2 (bolt.md §1.5).</summary>
    public static ReadOnlySpan<byte> ClientOpening =>
        [0x60, 0x60, 0xB0, 0x17, 0x00, 0x08, 0x08, 0x05, 0x00, 0x02, 0x04, 0x04, 0, 0, 0, 0, 0, 0, 0, 0];

    public static bool HasMagic(ReadOnlySpan<byte> opening) => BinaryPrimitives.ReadUInt32BigEndian(opening) == Magic;

    /// <summary>Walks the slots in order and takes the first one that names a supported version.</summary>
    public static BoltVersion? Negotiate(ReadOnlySpan<byte> opening)
    {
        for (var slot = 0; slot < 4; slot++)
        {
            var proposal = opening.Slice(4 + slot * 4, 4);
            int range = proposal[1], minor = proposal[2], major = proposal[3];
            if (major == 0xFF || major == 0)
            {
                continue;
            }
            foreach (var version in BoltVersion.Supported)
            {
                if (version.Major == major && version.Minor <= minor && version.Minor >= minor - range)
                {
                    return version;
                }
            }
        }
        return null;
    }

    public static byte[] Reply(BoltVersion? version) =>
        version is { } v ? [0, 0, (byte)v.Minor, (byte)v.Major] : [0, 0, 0, 0];

    /// <summary>Reads the server's 4-byte reply; null when it refused every proposal.</summary>
    public static BoltVersion? ParseReply(ReadOnlySpan<byte> reply)
    {
        if (reply[0] == (byte)'H' && reply[1] == (byte)'T' && reply[2] == (byte)'T' && reply[3] == (byte)'P')
        {
            throw new BoltProtocolException("The server answered with HTTP: this is an HTTP port, not a Bolt port.");
        }
        return reply[3] == 0 ? null : new BoltVersion(reply[3], reply[2]);
    }
}
