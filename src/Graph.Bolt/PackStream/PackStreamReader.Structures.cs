using System.Globalization;
using Graph.Core.Values;
using Path = Graph.Core.Values.Path;

namespace Graph.Bolt.PackStream;

// Value structures (bolt.md §7) to Core values. Both the Bolt 5 and the 4.4 field counts and both DateTime
// forms are accepted whatever the negotiated version: the tag says which one it is. UnboundRelationship
// and unknown tags stay raw PackStreamStructure values.
public ref partial struct PackStreamReader
{
    private static object ToValue(byte tag, object?[] fields) => tag switch
    {
        StructureTag.Node => ToNode(fields),
        StructureTag.Relationship => ToRelationship(fields),
        StructureTag.Path => ToPath(fields),
        StructureTag.Date => new CypherDate(Int(fields, 0, 1, tag)),
        StructureTag.Time => new CypherTime(Int(fields, 0, 2, tag), (int)Int(fields, 1, 2, tag)),
        StructureTag.LocalTime => new CypherLocalTime(Int(fields, 0, 1, tag)),
        StructureTag.LocalDateTime => new CypherLocalDateTime(Int(fields, 0, 2, tag), (int)Int(fields, 1, 2, tag)),
        StructureTag.DateTime => ToDateTime(fields, tag, utc: true),
        StructureTag.LegacyDateTime => ToDateTime(fields, tag, utc: false),
        StructureTag.DateTimeZoneId => ToZonedDateTime(fields, tag, utc: true),
        StructureTag.LegacyDateTimeZoneId => ToZonedDateTime(fields, tag, utc: false),
        StructureTag.Duration => new CypherDuration(Int(fields, 0, 4, tag), Int(fields, 1, 4, tag),
            Int(fields, 2, 4, tag), (int)Int(fields, 3, 4, tag)),
        StructureTag.Point2D => new CypherPoint((int)Int(fields, 0, 3, tag), Float(fields, 1, 3, tag),
            Float(fields, 2, 3, tag), null),
        StructureTag.Point3D => new CypherPoint((int)Int(fields, 0, 4, tag), Float(fields, 1, 4, tag),
            Float(fields, 2, 4, tag), Float(fields, 3, 4, tag)),
        _ => new PackStreamStructure(tag, fields),
    };

    private static Node ToNode(object?[] fields)
    {
        ExpectFields(fields, StructureTag.Node, 3, 4);
        var id = Int(fields, 0, fields.Length, StructureTag.Node);
        var labels = As<List<object?>>(fields[1], "Node labels").Select(l => As<string>(l, "Node label")).ToList();
        var properties = As<Dictionary<string, object?>>(fields[2], "Node properties");
        var elementId = fields.Length == 4 ? As<string>(fields[3], "Node element_id") : Text(id);
        return new Node(id, elementId, labels, properties);
    }

    private static Relationship ToRelationship(object?[] fields)
    {
        ExpectFields(fields, StructureTag.Relationship, 5, 8);
        var id = Int(fields, 0, fields.Length, StructureTag.Relationship);
        var start = Int(fields, 1, fields.Length, StructureTag.Relationship);
        var end = Int(fields, 2, fields.Length, StructureTag.Relationship);
        var type = As<string>(fields[3], "Relationship type");
        var properties = As<Dictionary<string, object?>>(fields[4], "Relationship properties");
        return fields.Length == 8
            ? new Relationship(id, As<string>(fields[5], "element_id"), start, As<string>(fields[6], "element_id"),
                end, As<string>(fields[7], "element_id"), type, properties)
            : new Relationship(id, Text(id), start, Text(start), end, Text(end), type, properties);
    }

    // Rebuilds each relationship's start and end from the walk: indices are (rel, node) pairs, rel 1-based
    // and negative when walked against the stored direction.
    private static Path ToPath(object?[] fields)
    {
        ExpectFields(fields, StructureTag.Path, 3, 3);
        var nodes = As<List<object?>>(fields[0], "Path nodes").Select(n => As<Node>(n, "Path node")).ToList();
        var rels = As<List<object?>>(fields[1], "Path relationships")
            .Select(r => As<PackStreamStructure>(r, "Path relationship")).ToList();
        var indices = As<List<object?>>(fields[2], "Path indices");
        if (nodes.Count == 0 || indices.Count % 2 != 0)
        {
            throw new BoltProtocolException("A Path needs a start node and (relationship, node) index pairs.");
        }
        var pathNodes = new List<Node> { nodes[0] };
        var pathRels = new List<Relationship>();
        var previous = nodes[0];
        for (var i = 0; i < indices.Count; i += 2)
        {
            var relIndex = As<long>(indices[i], "Path index");
            var nodeIndex = As<long>(indices[i + 1], "Path index");
            if (relIndex == 0 || Math.Abs(relIndex) > rels.Count || nodeIndex < 0 || nodeIndex >= nodes.Count)
            {
                throw new BoltProtocolException("A Path index is out of range.");
            }
            var next = nodes[(int)nodeIndex];
            var (start, end) = relIndex > 0 ? (previous, next) : (next, previous);
            pathRels.Add(ToBoundRelationship(rels[(int)Math.Abs(relIndex) - 1], start, end));
            pathNodes.Add(next);
            previous = next;
        }
        return new Path(pathNodes, pathRels);
    }

    private static Relationship ToBoundRelationship(PackStreamStructure unbound, Node start, Node end)
    {
        var fields = unbound.Fields;
        if (unbound.Tag != StructureTag.UnboundRelationship || fields.Count is not (3 or 4))
        {
            throw new BoltProtocolException("A Path relationship must be an UnboundRelationship.");
        }
        var id = As<long>(fields[0], "UnboundRelationship id");
        var elementId = fields.Count == 4 ? As<string>(fields[3], "element_id") : Text(id);
        return new Relationship(id, elementId, start.Id, start.ElementId, end.Id, end.ElementId,
            As<string>(fields[1], "UnboundRelationship type"),
            As<Dictionary<string, object?>>(fields[2], "UnboundRelationship properties"));
    }

    private static CypherDateTime ToDateTime(object?[] fields, byte tag, bool utc)
    {
        var seconds = Int(fields, 0, 3, tag);
        var nanos = (int)Int(fields, 1, 3, tag);
        var offset = (int)Int(fields, 2, 3, tag);
        return new CypherDateTime(utc ? seconds : seconds - offset, nanos, offset, null);
    }

    private static CypherDateTime ToZonedDateTime(object?[] fields, byte tag, bool utc)
    {
        var seconds = Int(fields, 0, 3, tag);
        var nanos = (int)Int(fields, 1, 3, tag);
        var zone = As<string>(fields[2], "DateTimeZoneId tz_id");
        if (utc)
        {
            return new CypherDateTime(seconds, nanos, ZoneOffsets.AtInstant(zone, seconds), zone);
        }
        var offset = ZoneOffsets.AtLocal(zone, seconds);
        return new CypherDateTime(seconds - offset, nanos, offset, zone);
    }

    private static long Int(object?[] fields, int index, int expectedCount, byte tag)
    {
        ExpectFields(fields, tag, expectedCount, expectedCount);
        return fields[index] as long? ?? throw new BoltProtocolException(
            $"Field {index} of structure 0x{tag:X2} must be an Integer.");
    }

    private static double Float(object?[] fields, int index, int expectedCount, byte tag)
    {
        ExpectFields(fields, tag, expectedCount, expectedCount);
        return fields[index] as double? ?? throw new BoltProtocolException(
            $"Field {index} of structure 0x{tag:X2} must be a Float.");
    }

    private static void ExpectFields(object?[] fields, byte tag, int min, int max)
    {
        if (fields.Length < min || fields.Length > max)
        {
            throw new BoltProtocolException(
                $"Wrong struct size for 0x{tag:X2}: expected {(min == max ? $"{min}" : $"{min} or {max}")} but was {fields.Length}.");
        }
    }

    private static T As<T>(object? value, string what) =>
        value is T typed ? typed : throw new BoltProtocolException($"{what} has the wrong type.");

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);
}
