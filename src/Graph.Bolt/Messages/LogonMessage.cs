namespace Graph.Bolt.Messages;

/// <summary>LOGON (5.1+): the auth token (scheme, principal, credentials). Immutable.</summary>
public sealed record LogonMessage(IReadOnlyDictionary<string, object?> Auth) : BoltRequest(MessageSignature.Logon);
