namespace Graph.Bolt.Messages;

/// <summary>ROLLBACK of the explicit transaction. Immutable.</summary>
public sealed record RollbackMessage() : BoltRequest(MessageSignature.Rollback);
