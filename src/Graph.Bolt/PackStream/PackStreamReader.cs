using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace Graph.Bolt.PackStream;

/// <summary>
/// Decodes PackStream v1 from one contiguous message buffer (bolt.md §3): every width of every marker is
/// accepted; anything else is a <see cref="BoltProtocolException"/>. Value structures become Core values
/// (see the Structures part). A ref struct over the buffer: no copies, one message at a time.
/// </summary>
public ref partial struct PackStreamReader
{
    // Nesting deeper than this is hostile input, not data; it would otherwise overflow the stack.
    private const int MaxDepth = 128;

    private readonly ReadOnlySpan<byte> _buffer;
    private int _position;
    private int _depth;

    public PackStreamReader(ReadOnlySpan<byte> buffer)
    {
        _buffer = buffer;
        _position = 0;
        _depth = 0;
    }

    public readonly int Position => _position;

    public readonly int Remaining => _buffer.Length - _position;

    public readonly byte PeekMarker()
    {
        if (_position >= _buffer.Length)
        {
            ThrowTruncated();
        }
        return _buffer[_position];
    }

    /// <summary>Reads a structure header; returns the field count and the tag.</summary>
    public int ReadStructHeader(out byte tag)
    {
        var marker = ReadByte();
        if ((marker & 0xF0) != PackStreamMarker.TinyStruct)
        {
            throw new BoltProtocolException($"Expected a structure but found marker 0x{marker:X2}.");
        }
        tag = ReadByte();
        return marker & 0x0F;
    }

    public object? ReadValue()
    {
        var marker = ReadByte();
        if (marker < 0x80 || marker >= 0xF0)
        {
            return (long)unchecked((sbyte)marker);
        }
        switch (marker & 0xF0)
        {
            case PackStreamMarker.TinyString: return ReadUtf8(marker & 0x0F);
            case PackStreamMarker.TinyList: return ReadListItems(marker & 0x0F);
            case PackStreamMarker.TinyMap: return ReadMapEntries(marker & 0x0F);
            case PackStreamMarker.TinyStruct: return ReadStructure(marker & 0x0F, ReadByte());
        }
        return marker switch
        {
            PackStreamMarker.Null => null,
            PackStreamMarker.True => true,
            PackStreamMarker.False => false,
            PackStreamMarker.Float64 => BinaryPrimitives.ReadDoubleBigEndian(Take(8)),
            PackStreamMarker.Int8 => (long)unchecked((sbyte)ReadByte()),
            PackStreamMarker.Int16 => (long)BinaryPrimitives.ReadInt16BigEndian(Take(2)),
            PackStreamMarker.Int32 => (long)BinaryPrimitives.ReadInt32BigEndian(Take(4)),
            PackStreamMarker.Int64 => BinaryPrimitives.ReadInt64BigEndian(Take(8)),
            PackStreamMarker.Bytes8 or PackStreamMarker.Bytes16 or PackStreamMarker.Bytes32 =>
                Take(ReadSize(marker - PackStreamMarker.Bytes8)).ToArray(),
            PackStreamMarker.String8 or PackStreamMarker.String16 or PackStreamMarker.String32 =>
                ReadUtf8(ReadSize(marker - PackStreamMarker.String8)),
            PackStreamMarker.List8 or PackStreamMarker.List16 or PackStreamMarker.List32 =>
                ReadListItems(ReadSize(marker - PackStreamMarker.List8)),
            PackStreamMarker.Map8 or PackStreamMarker.Map16 or PackStreamMarker.Map32 =>
                ReadMapEntries(ReadSize(marker - PackStreamMarker.Map8)),
            _ => throw new BoltProtocolException($"Unknown PackStream marker 0x{marker:X2}."),
        };
    }

    public string ReadString() =>
        ReadValue() as string ?? throw new BoltProtocolException("Expected a String.");

    public IReadOnlyDictionary<string, object?> ReadMap() =>
        ReadValue() as IReadOnlyDictionary<string, object?> ?? throw new BoltProtocolException("Expected a Dictionary.");

    private List<object?> ReadListItems(int count)
    {
        Enter();
        // Each item takes at least one byte, so a count beyond the buffer is a lie: reject before allocating.
        if (count > Remaining)
        {
            ThrowTruncated();
        }
        var list = new List<object?>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(ReadValue());
        }
        _depth--;
        return list;
    }

    private Dictionary<string, object?> ReadMapEntries(int count)
    {
        Enter();
        if (count > Remaining / 2)
        {
            ThrowTruncated();
        }
        var map = new Dictionary<string, object?>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = ReadValue() as string ?? throw new BoltProtocolException("Dictionary keys must be Strings.");
            map[key] = ReadValue(); // a repeated key: the last value wins (bolt.md §3)
        }
        _depth--;
        return map;
    }

    private object? ReadStructure(int fieldCount, byte tag)
    {
        Enter();
        var fields = new object?[fieldCount];
        for (var i = 0; i < fieldCount; i++)
        {
            fields[i] = ReadValue();
        }
        _depth--;
        return ToValue(tag, fields);
    }

    // widthIndex 0, 1, 2 = u8, u16, u32 (the three sized markers of each type are consecutive).
    private int ReadSize(int widthIndex)
    {
        long size = widthIndex switch
        {
            0 => ReadByte(),
            1 => BinaryPrimitives.ReadUInt16BigEndian(Take(2)),
            _ => BinaryPrimitives.ReadUInt32BigEndian(Take(4)),
        };
        if (size > int.MaxValue)
        {
            throw new BoltProtocolException($"Size {size} exceeds the PackStream limit of 2^31-1.");
        }
        return (int)size;
    }

    private string ReadUtf8(int length) => length == 0 ? "" : Encoding.UTF8.GetString(Take(length));

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw new BoltProtocolException($"Values nested deeper than {MaxDepth} levels.");
        }
    }

    private byte ReadByte()
    {
        if (_position >= _buffer.Length)
        {
            ThrowTruncated();
        }
        return _buffer[_position++];
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _buffer.Length - _position)
        {
            ThrowTruncated();
        }
        var span = _buffer.Slice(_position, count);
        _position += count;
        return span;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowTruncated() => throw new BoltProtocolException("The PackStream value is truncated.");
}
