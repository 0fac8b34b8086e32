using System.Globalization;

namespace Graph.Bolt.Messages;

/// <summary>A Bolt protocol version (major.minor). Immutable.</summary>
public readonly record struct BoltVersion(int Major, int Minor) : IComparable<BoltVersion>
{
    public static readonly BoltVersion V4_4 = new(4, 4);
    public static readonly BoltVersion V5_0 = new(5, 0);
    public static readonly BoltVersion V5_1 = new(5, 1);
    public static readonly BoltVersion V5_2 = new(5, 2);
    public static readonly BoltVersion V5_3 = new(5, 3);
    public static readonly BoltVersion V5_4 = new(5, 4);
    public static readonly BoltVersion V5_6 = new(5, 6);
    public static readonly BoltVersion V5_7 = new(5, 7);
    public static readonly BoltVersion V5_8 = new(5, 8);

    /// <summary>What this implementation speaks, best first. 5.5 must never be negotiated (bolt.md §0).</summary>
    public static readonly IReadOnlyList<BoltVersion> Supported =
        [V5_8, V5_7, V5_6, V5_4, V5_3, V5_2, V5_1, V5_0, V4_4];

    /// <summary>From 5.1 authentication moves out of HELLO into LOGON.</summary>
    public bool HasLogon => CompareTo(V5_1) >= 0;

    /// <summary>From 5.7 FAILURE uses neo4j_code and the GQL fields.</summary>
    public bool HasGqlErrors => CompareTo(V5_7) >= 0;

    public int CompareTo(BoltVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator <(BoltVersion left, BoltVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(BoltVersion left, BoltVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(BoltVersion left, BoltVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(BoltVersion left, BoltVersion right) => left.CompareTo(right) >= 0;

    public override string ToString() => Major.ToString(CultureInfo.InvariantCulture) + "." + Minor.ToString(CultureInfo.InvariantCulture);
}
