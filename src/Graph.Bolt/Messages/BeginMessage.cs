namespace Graph.Bolt.Messages;

/// <summary>BEGIN: opens an explicit transaction. Immutable.</summary>
public sealed record BeginMessage(TransactionExtra Extra) : BoltRequest(MessageSignature.Begin);
