namespace Graph.Bolt.Messages;

/// <summary>PULL: up to N records (-1 all) of result Qid (-1 the last one). Immutable.</summary>
public sealed record PullMessage(long N, long Qid) : BoltRequest(MessageSignature.Pull);
