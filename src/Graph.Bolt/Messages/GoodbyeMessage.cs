namespace Graph.Bolt.Messages;

/// <summary>GOODBYE: the client is leaving; no reply. Immutable.</summary>
public sealed record GoodbyeMessage() : BoltRequest(MessageSignature.Goodbye);
