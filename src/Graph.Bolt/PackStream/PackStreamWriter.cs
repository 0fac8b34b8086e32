using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Graph.Core;
using Graph.Core.Values;
using Path = Graph.Core.Values.Path;

namespace Graph.Bolt.PackStream;

/// <summary>
/// Encodes PackStream v1 into an <see cref="IBufferWriter{T}"/>, always choosing the smallest marker
/// (bolt.md §3). Structure shapes follow <see cref="Format"/>. Not thread-safe: one per connection.
/// </summary>
public sealed partial class PackStreamWriter
{
    private readonly IBufferWriter<byte> _output;

    public PackStreamWriter(IBufferWriter<byte> output, PackStreamFormat format)
    {
        _output = output;
        Format = format;
    }

    public PackStreamFormat Format { get; set; }

    public void WriteNull() => WriteByte(PackStreamMarker.Null);

    public void WriteBoolean(bool value) => WriteByte(value ? PackStreamMarker.True : PackStreamMarker.False);

    public void WriteInteger(long value)
    {
        if (value is >= -16 and <= 127)
        {
            WriteByte(unchecked((byte)value));
        }
        else if (value is >= sbyte.MinValue and < -16)
        {
            var span = _output.GetSpan(2);
            span[0] = PackStreamMarker.Int8;
            span[1] = unchecked((byte)value);
            _output.Advance(2);
        }
        else if (value is >= short.MinValue and <= short.MaxValue)
        {
            var span = _output.GetSpan(3);
            span[0] = PackStreamMarker.Int16;
            BinaryPrimitives.WriteInt16BigEndian(span[1..], (short)value);
            _output.Advance(3);
        }
        else if (value is >= int.MinValue and <= int.MaxValue)
        {
            var span = _output.GetSpan(5);
            span[0] = PackStreamMarker.Int32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], (int)value);
            _output.Advance(5);
        }
        else
        {
            var span = _output.GetSpan(9);
            span[0] = PackStreamMarker.Int64;
            BinaryPrimitives.WriteInt64BigEndian(span[1..], value);
            _output.Advance(9);
        }
    }

    public void WriteFloat(double value)
    {
        var span = _output.GetSpan(9);
        span[0] = PackStreamMarker.Float64;
        BinaryPrimitives.WriteDoubleBigEndian(span[1..], value);
        _output.Advance(9);
    }

    public void WriteString(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        WriteHeader(length, PackStreamMarker.TinyString, PackStreamMarker.String8, PackStreamMarker.String16,
            PackStreamMarker.String32);
        if (length == 0)
        {
            return;
        }
        var span = _output.GetSpan(length);
        Encoding.UTF8.GetBytes(value, span);
        _output.Advance(length);
    }

    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        // Bytes have no tiny form.
        if (value.Length <= byte.MaxValue)
        {
            WriteByte(PackStreamMarker.Bytes8);
            WriteByte((byte)value.Length);
        }
        else
        {
            WriteSized(value.Length, PackStreamMarker.Bytes16, PackStreamMarker.Bytes32);
        }
        _output.Write(value);
    }

    public void WriteListHeader(int count) =>
        WriteHeader(count, PackStreamMarker.TinyList, PackStreamMarker.List8, PackStreamMarker.List16,
            PackStreamMarker.List32);

    public void WriteMapHeader(int count) =>
        WriteHeader(count, PackStreamMarker.TinyMap, PackStreamMarker.Map8, PackStreamMarker.Map16,
            PackStreamMarker.Map32);

    public void WriteStructHeader(int fieldCount, byte tag)
    {
        if (fieldCount is < 0 or > 15)
        {
            throw new ArgumentOutOfRangeException(nameof(fieldCount), fieldCount, "A structure has 0 to 15 fields.");
        }
        var span = _output.GetSpan(2);
        span[0] = (byte)(PackStreamMarker.TinyStruct | fieldCount);
        span[1] = tag;
        _output.Advance(2);
    }

    public void WriteList(IReadOnlyList<object?> list)
    {
        WriteListHeader(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            WriteValue(list[i]);
        }
    }

    public void WriteMap(IReadOnlyDictionary<string, object?> map)
    {
        WriteMapHeader(map.Count);
        foreach (var (key, item) in map)
        {
            WriteString(key);
            WriteValue(item);
        }
    }

    /// <summary>Writes any value of the Core model (CypherValue); other CLR types are normalized first.</summary>
    public void WriteValue(object? value)
    {
        switch (value)
        {
            case null: WriteNull(); break;
            case bool b: WriteBoolean(b); break;
            case long l: WriteInteger(l); break;
            case int i: WriteInteger(i); break;
            case double d: WriteFloat(d); break;
            case string s: WriteString(s); break;
            case byte[] bytes: WriteBytes(bytes); break;
            case IReadOnlyDictionary<string, object?> map: WriteMap(map); break;
            case IReadOnlyList<object?> list: WriteList(list); break;
            case PackStreamStructure structure: WriteStructure(structure); break;
            default:
                if (!TryWriteStructure(value))
                {
                    WriteNormalized(value);
                }
                break;
        }
    }

    private void WriteNormalized(object value)
    {
        var normalized = CypherValue.Normalize(value);
        if (normalized is null || normalized.GetType() == value.GetType())
        {
            throw new GraphException(StatusCodes.TypeError,
                $"Values of type {value.GetType().Name} cannot be sent over Bolt.");
        }
        WriteValue(normalized);
    }

    private void WriteStructure(PackStreamStructure structure)
    {
        WriteStructHeader(structure.Fields.Count, structure.Tag);
        foreach (var field in structure.Fields)
        {
            WriteValue(field);
        }
    }

    private void WriteHeader(int size, byte tiny, byte marker8, byte marker16, byte marker32)
    {
        if (size < 16)
        {
            WriteByte((byte)(tiny | size));
        }
        else if (size <= byte.MaxValue)
        {
            var span = _output.GetSpan(2);
            span[0] = marker8;
            span[1] = (byte)size;
            _output.Advance(2);
        }
        else
        {
            WriteSized(size, marker16, marker32);
        }
    }

    private void WriteSized(int size, byte marker16, byte marker32)
    {
        if (size <= ushort.MaxValue)
        {
            var span = _output.GetSpan(3);
            span[0] = marker16;
            BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)size);
            _output.Advance(3);
        }
        else
        {
            var span = _output.GetSpan(5);
            span[0] = marker32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], size);
            _output.Advance(5);
        }
    }

    private void WriteByte(byte value)
    {
        var span = _output.GetSpan(1);
        span[0] = value;
        _output.Advance(1);
    }
}
