namespace Graph.Bolt.Messages;

/// <summary>LOGOFF (5.1+): back to the AUTHENTICATION state. Immutable.</summary>
public sealed record LogoffMessage() : BoltRequest(MessageSignature.Logoff);
