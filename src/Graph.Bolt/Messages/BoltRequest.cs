namespace Graph.Bolt.Messages;

/// <summary>A client-to-server message, decoded. Immutable.</summary>
public abstract record BoltRequest(byte Signature)
{
    public string Name => MessageSignature.Name(Signature);
}
