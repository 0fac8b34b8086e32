using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>
/// Decodes one client message (bolt.md §4), checking its signature, field count and field types; anything
/// else is a <see cref="BoltProtocolException"/>. Thread-safe (stateless).
/// </summary>
public static class RequestDecoder
{
    private static readonly Dictionary<string, object?> NoExtra = new();

    public static BoltRequest Decode(ReadOnlySpan<byte> message)
    {
        var reader = new PackStreamReader(message);
        var fieldCount = reader.ReadStructHeader(out var signature);
        var fields = new object?[fieldCount];
        for (var i = 0; i < fieldCount; i++)
        {
            fields[i] = reader.ReadValue();
        }
        if (reader.Remaining != 0)
        {
            throw new BoltProtocolException($"{reader.Remaining} stray bytes after the {MessageSignature.Name(signature)} message.");
        }
        return signature switch
        {
            MessageSignature.Hello => new HelloMessage(Map(fields, 0, 1, signature)),
            MessageSignature.Logon => new LogonMessage(Map(fields, 0, 1, signature)),
            MessageSignature.Logoff => Empty(fields, signature, new LogoffMessage()),
            MessageSignature.Goodbye => Empty(fields, signature, new GoodbyeMessage()),
            MessageSignature.Reset => Empty(fields, signature, new ResetMessage()),
            MessageSignature.Commit => Empty(fields, signature, new CommitMessage()),
            MessageSignature.Rollback => Empty(fields, signature, new RollbackMessage()),
            MessageSignature.Begin => new BeginMessage(TransactionExtra.Parse(Map(fields, 0, 1, signature))),
            MessageSignature.Run => DecodeRun(fields),
            MessageSignature.Pull => DecodePull(fields, signature, (n, qid) => new PullMessage(n, qid)),
            MessageSignature.Discard => DecodePull(fields, signature, (n, qid) => new DiscardMessage(n, qid)),
            MessageSignature.Telemetry => new TelemetryMessage(Expect(fields, 1, signature)[0] as long?
                ?? throw new BoltProtocolException("TELEMETRY api must be an Integer.")),
            MessageSignature.Route => DecodeRoute(fields),
            _ => throw new BoltProtocolException($"Unknown message signature 0x{signature:X2}."),
        };
    }

    private static RunMessage DecodeRun(object?[] fields)
    {
        // Bolt 1-2 RUN had no extra; every version we speak sends three fields, but two are harmless.
        if (fields.Length is < 2 or > 3)
        {
            Expect(fields, 3, MessageSignature.Run);
        }
        var query = fields[0] as string ?? throw new BoltProtocolException("RUN query must be a String.");
        var parameters = fields[1] as IReadOnlyDictionary<string, object?>
            ?? (fields[1] is null ? NoExtra : throw new BoltProtocolException("RUN parameters must be a Dictionary."));
        var extra = fields.Length == 3 ? Map(fields, 2, 3, MessageSignature.Run) : NoExtra;
        return new RunMessage(query, parameters, TransactionExtra.Parse(extra));
    }

    private static BoltRequest DecodePull(object?[] fields, byte signature, Func<long, long, BoltRequest> create)
    {
        var extra = fields.Length == 0 ? NoExtra : Map(fields, 0, 1, signature);
        var n = extra.GetValueOrDefault("n") as long? ?? -1;
        if (n == 0 || n < -1)
        {
            throw new BoltProtocolException($"{MessageSignature.Name(signature)} n must be -1 or positive, not {n}.");
        }
        return create(n, extra.GetValueOrDefault("qid") as long? ?? -1);
    }

    private static RouteMessage DecodeRoute(object?[] fields)
    {
        Expect(fields, 3, MessageSignature.Route);
        var routing = fields[0] as IReadOnlyDictionary<string, object?> ?? NoExtra;
        var bookmarks = (fields[1] as IReadOnlyList<object?>)?.OfType<string>().ToList() ?? [];
        // 4.4+ sends {db, imp_user}; 4.3 sent the database name itself.
        return fields[2] switch
        {
            IReadOnlyDictionary<string, object?> extra => new RouteMessage(routing, bookmarks,
                extra.GetValueOrDefault("db") as string, extra.GetValueOrDefault("imp_user") as string),
            string db => new RouteMessage(routing, bookmarks, db, null),
            _ => new RouteMessage(routing, bookmarks, null, null),
        };
    }

    private static IReadOnlyDictionary<string, object?> Map(object?[] fields, int index, int count, byte signature)
    {
        Expect(fields, count, signature);
        return fields[index] as IReadOnlyDictionary<string, object?>
            ?? throw new BoltProtocolException($"Field {index} of {MessageSignature.Name(signature)} must be a Dictionary.");
    }

    private static BoltRequest Empty(object?[] fields, byte signature, BoltRequest message)
    {
        Expect(fields, 0, signature);
        return message;
    }

    private static object?[] Expect(object?[] fields, int count, byte signature)
    {
        if (fields.Length != count)
        {
            throw new BoltProtocolException(
                $"{MessageSignature.Name(signature)} takes {count} fields but {fields.Length} were sent.");
        }
        return fields;
    }
}
