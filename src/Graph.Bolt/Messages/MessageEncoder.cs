namespace Graph.Bolt.Messages;

/// <summary>
/// Writes whole messages into a <see cref="ChunkWriter"/>: responses for the server, requests for the
/// client. Not thread-safe (the chunk writer is per connection).
/// </summary>
public static class MessageEncoder
{
    private static readonly Dictionary<string, object?> NoMetadata = new();

    public static void Success(ChunkWriter writer, IReadOnlyDictionary<string, object?>? metadata = null) =>
        Map(writer, MessageSignature.Success, metadata ?? NoMetadata);

    public static void Failure(ChunkWriter writer, IReadOnlyDictionary<string, object?> metadata) =>
        Map(writer, MessageSignature.Failure, metadata);

    public static void Ignored(ChunkWriter writer) => Empty(writer, MessageSignature.Ignored);

    public static void Record(ChunkWriter writer, IReadOnlyList<object?> values)
    {
        writer.BeginMessage(1, MessageSignature.Record);
        writer.Packer.WriteList(values);
        writer.EndMessage();
    }

    public static void Map(ChunkWriter writer, byte signature, IReadOnlyDictionary<string, object?> map)
    {
        writer.BeginMessage(1, signature);
        writer.Packer.WriteMap(map);
        writer.EndMessage();
    }

    public static void Empty(ChunkWriter writer, byte signature)
    {
        writer.BeginMessage(0, signature);
        writer.EndMessage();
    }

    public static void Run(ChunkWriter writer, string query, IReadOnlyDictionary<string, object?> parameters,
        IReadOnlyDictionary<string, object?> extra)
    {
        writer.BeginMessage(3, MessageSignature.Run);
        writer.Packer.WriteString(query);
        writer.Packer.WriteMap(parameters);
        writer.Packer.WriteMap(extra);
        writer.EndMessage();
    }

    public static void Pull(ChunkWriter writer, byte signature, long n, long qid)
    {
        var extra = new Dictionary<string, object?> { ["n"] = n };
        if (qid != -1)
        {
            extra["qid"] = qid;
        }
        Map(writer, signature, extra);
    }

    public static void Route(ChunkWriter writer, IReadOnlyDictionary<string, object?> routing,
        IReadOnlyList<string> bookmarks, IReadOnlyDictionary<string, object?> extra)
    {
        writer.BeginMessage(3, MessageSignature.Route);
        writer.Packer.WriteMap(routing);
        writer.Packer.WriteList(bookmarks);
        writer.Packer.WriteMap(extra);
        writer.EndMessage();
    }
}
