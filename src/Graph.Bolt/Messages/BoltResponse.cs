namespace Graph.Bolt.Messages;

/// <summary>
/// A server-to-client message: SUCCESS or FAILURE (Metadata), RECORD (Fields), IGNORED (neither). Immutable.
/// </summary>
public sealed record BoltResponse(byte Signature, IReadOnlyDictionary<string, object?> Metadata, IReadOnlyList<object?> Fields)
{
    public bool IsSuccess => Signature == MessageSignature.Success;

    public bool IsRecord => Signature == MessageSignature.Record;

    public bool IsFailure => Signature == MessageSignature.Failure;

    public bool IsIgnored => Signature == MessageSignature.Ignored;
}
