namespace Graph.Bolt.Messages;

/// <summary>HELLO: the client's agent, routing context, patches and (up to 5.0) its credentials. Immutable.</summary>
public sealed record HelloMessage(IReadOnlyDictionary<string, object?> Extra) : BoltRequest(MessageSignature.Hello);
