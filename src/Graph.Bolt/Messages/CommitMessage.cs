namespace Graph.Bolt.Messages;

/// <summary>COMMIT of the explicit transaction. Immutable.</summary>
public sealed record CommitMessage() : BoltRequest(MessageSignature.Commit);
