namespace Graph.Bolt.Server;

/// <summary>Connection states of bolt.md §6.1 (INTERRUPTED is tracked as pending RESETs).</summary>
public enum ServerState
{
    Negotiation,
    Authentication,
    Ready,
    Streaming,
    TxReady,
    TxStreaming,
    Failed,
    Defunct,
}
