using Graph.Core.Values;
using Path = Graph.Core.Values.Path;

namespace Graph.Bolt.PackStream;

// The value structures of bolt.md §7, shaped by Format (element ids in Bolt 5, UTC or legacy DateTime).
public sealed partial class PackStreamWriter
{
    private bool TryWriteStructure(object value)
    {
        switch (value)
        {
            case Node node: WriteNode(node); return true;
            case Relationship rel: WriteRelationship(rel); return true;
            case Path path: WritePath(path); return true;
            case CypherDate date:
                WriteStructHeader(1, StructureTag.Date);
                WriteInteger(date.EpochDays);
                return true;
            case CypherTime time:
                WriteStructHeader(2, StructureTag.Time);
                WriteInteger(time.NanosOfDay);
                WriteInteger(time.OffsetSeconds);
                return true;
            case CypherLocalTime localTime:
                WriteStructHeader(1, StructureTag.LocalTime);
                WriteInteger(localTime.NanosOfDay);
                return true;
            case CypherLocalDateTime local:
                WriteStructHeader(2, StructureTag.LocalDateTime);
                WriteInteger(local.EpochSeconds);
                WriteInteger(local.Nanos);
                return true;
            case CypherDateTime dateTime: WriteDateTime(dateTime); return true;
            case CypherDuration duration:
                WriteStructHeader(4, StructureTag.Duration);
                WriteInteger(duration.Months);
                WriteInteger(duration.Days);
                WriteInteger(duration.Seconds);
                WriteInteger(duration.Nanos);
                return true;
            case CypherPoint point: WritePoint(point); return true;
            default: return false;
        }
    }

    private void WriteNode(Node node)
    {
        WriteStructHeader(Format.ElementIds ? 4 : 3, StructureTag.Node);
        WriteInteger(node.Id);
        WriteListHeader(node.Labels.Count);
        foreach (var label in node.Labels)
        {
            WriteString(label);
        }
        WriteMap(node.Properties);
        if (Format.ElementIds)
        {
            WriteString(node.ElementId);
        }
    }

    private void WriteRelationship(Relationship rel)
    {
        WriteStructHeader(Format.ElementIds ? 8 : 5, StructureTag.Relationship);
        WriteInteger(rel.Id);
        WriteInteger(rel.StartNodeId);
        WriteInteger(rel.EndNodeId);
        WriteString(rel.Type);
        WriteMap(rel.Properties);
        if (Format.ElementIds)
        {
            WriteString(rel.ElementId);
            WriteString(rel.StartNodeElementId);
            WriteString(rel.EndNodeElementId);
        }
    }

    private void WriteUnboundRelationship(Relationship rel)
    {
        WriteStructHeader(Format.ElementIds ? 4 : 3, StructureTag.UnboundRelationship);
        WriteInteger(rel.Id);
        WriteString(rel.Type);
        WriteMap(rel.Properties);
        if (Format.ElementIds)
        {
            WriteString(rel.ElementId);
        }
    }

    // Path: distinct nodes, distinct unbound relationships, then (rel, node) index pairs; rel is 1-based and
    // negative when the relationship is walked against its stored direction.
    private void WritePath(Path path)
    {
        var nodes = new List<Node>();
        var nodeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var rels = new List<Relationship>();
        var relIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var indices = new List<long>(path.Relationships.Count * 2);
        IndexOf(path.Nodes[0], nodes, nodeIndex);
        for (var i = 0; i < path.Relationships.Count; i++)
        {
            var rel = path.Relationships[i];
            var forward = rel.StartNodeElementId == path.Nodes[i].ElementId;
            var r = IndexOf(rel, rels, relIndex) + 1;
            indices.Add(forward ? r : -r);
            indices.Add(IndexOf(path.Nodes[i + 1], nodes, nodeIndex));
        }
        WriteStructHeader(3, StructureTag.Path);
        WriteListHeader(nodes.Count);
        foreach (var node in nodes)
        {
            WriteNode(node);
        }
        WriteListHeader(rels.Count);
        foreach (var rel in rels)
        {
            WriteUnboundRelationship(rel);
        }
        WriteListHeader(indices.Count);
        foreach (var index in indices)
        {
            WriteInteger(index);
        }
    }

    private static int IndexOf(Node node, List<Node> nodes, Dictionary<string, int> index)
    {
        if (!index.TryGetValue(node.ElementId, out var i))
        {
            i = nodes.Count;
            nodes.Add(node);
            index[node.ElementId] = i;
        }
        return i;
    }

    private static int IndexOf(Relationship rel, List<Relationship> rels, Dictionary<string, int> index)
    {
        if (!index.TryGetValue(rel.ElementId, out var i))
        {
            i = rels.Count;
            rels.Add(rel);
            index[rel.ElementId] = i;
        }
        return i;
    }

    // Bolt 5 / utc patch: seconds are the true UTC epoch. Legacy 4.x: seconds are the local wall clock.
    private void WriteDateTime(CypherDateTime value)
    {
        var seconds = Format.UtcDateTime ? value.EpochSeconds : value.EpochSeconds + value.OffsetSeconds;
        if (value.ZoneId is null)
        {
            WriteStructHeader(3, Format.UtcDateTime ? StructureTag.DateTime : StructureTag.LegacyDateTime);
            WriteInteger(seconds);
            WriteInteger(value.Nanos);
            WriteInteger(value.OffsetSeconds);
        }
        else
        {
            WriteStructHeader(3, Format.UtcDateTime ? StructureTag.DateTimeZoneId : StructureTag.LegacyDateTimeZoneId);
            WriteInteger(seconds);
            WriteInteger(value.Nanos);
            WriteString(value.ZoneId);
        }
    }

    private void WritePoint(CypherPoint point)
    {
        WriteStructHeader(point.Z is null ? 3 : 4, point.Z is null ? StructureTag.Point2D : StructureTag.Point3D);
        WriteInteger(point.Srid);
        WriteFloat(point.X);
        WriteFloat(point.Y);
        if (point.Z is { } z)
        {
            WriteFloat(z);
        }
    }
}
