namespace Graph.Bolt.Messages;

/// <summary>RESET: drop results and transaction, clear a failure, back to READY. Immutable.</summary>
public sealed record ResetMessage() : BoltRequest(MessageSignature.Reset);
