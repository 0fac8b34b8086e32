namespace Graph.Bolt.PackStream;

/// <summary>
/// The structure shapes a connection uses, decided by the negotiated version: Bolt 5 adds element ids to
/// graph entities; Bolt 5 (or 4.4 with the "utc" patch) encodes DateTime as UTC seconds under tags 49/69,
/// otherwise the legacy local-seconds tags 46/66. Immutable.
/// </summary>
public sealed record PackStreamFormat(bool ElementIds, bool UtcDateTime)
{
    public static readonly PackStreamFormat Bolt5 = new(true, true);

    public static readonly PackStreamFormat Bolt44 = new(false, false);

    public static readonly PackStreamFormat Bolt44Utc = new(false, true);
}
