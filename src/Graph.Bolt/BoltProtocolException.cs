namespace Graph.Bolt;

/// <summary>
/// Bytes that break the Bolt or PackStream rules (bad marker, bad chunk, unknown message, wrong field
/// count). Fatal for the connection: the server answers FAILURE where it still can, then closes.
/// </summary>
public sealed class BoltProtocolException : Exception
{
    public BoltProtocolException(string message)
        : base(message)
    {
    }
}
