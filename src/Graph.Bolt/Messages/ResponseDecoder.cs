using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>Decodes one server message (SUCCESS, RECORD, FAILURE, IGNORED). Thread-safe (stateless).</summary>
public static class ResponseDecoder
{
    private static readonly Dictionary<string, object?> NoMetadata = new();
    private static readonly List<object?> NoFields = [];

    public static BoltResponse Decode(ReadOnlySpan<byte> message)
    {
        var reader = new PackStreamReader(message);
        var fieldCount = reader.ReadStructHeader(out var signature);
        switch (signature)
        {
            case MessageSignature.Success or MessageSignature.Failure when fieldCount == 1:
                return new BoltResponse(signature, reader.ReadMap(), NoFields);
            case MessageSignature.Record when fieldCount == 1:
                return new BoltResponse(signature, NoMetadata,
                    reader.ReadValue() as List<object?> ?? throw new BoltProtocolException("RECORD data must be a List."));
            case MessageSignature.Ignored:
                return new BoltResponse(signature, NoMetadata, NoFields);
            default:
                throw new BoltProtocolException(
                    $"Unexpected server message {MessageSignature.Name(signature)} with {fieldCount} fields.");
        }
    }
}
