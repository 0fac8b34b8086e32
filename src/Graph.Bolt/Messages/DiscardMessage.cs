namespace Graph.Bolt.Messages;

/// <summary>DISCARD: drop up to N records (-1 all) of result Qid (-1 the last one). Immutable.</summary>
public sealed record DiscardMessage(long N, long Qid) : BoltRequest(MessageSignature.Discard);
