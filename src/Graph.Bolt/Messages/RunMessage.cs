namespace Graph.Bolt.Messages;

/// <summary>RUN: a query; Extra matters only for auto-commit (empty inside BEGIN). Immutable.</summary>
public sealed record RunMessage(string Query, IReadOnlyDictionary<string, object?> Parameters, TransactionExtra Extra) : BoltRequest(MessageSignature.Run);
