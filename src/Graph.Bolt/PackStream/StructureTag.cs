namespace Graph.Bolt.PackStream;

/// <summary>Tag bytes of the value structures (bolt.md §7).</summary>
public static class StructureTag
{
    public const byte Node = 0x4E;
    public const byte Relationship = 0x52;
    public const byte UnboundRelationship = 0x72;
    public const byte Path = 0x50;
    public const byte Date = 0x44;
    public const byte Time = 0x54;
    public const byte LocalTime = 0x74;
    public const byte LocalDateTime = 0x64;
    public const byte DateTime = 0x49;
    public const byte DateTimeZoneId = 0x69;
    public const byte LegacyDateTime = 0x46;
    public const byte LegacyDateTimeZoneId = 0x66;
    public const byte Duration = 0x45;
    public const byte Point2D = 0x58;
    public const byte Point3D = 0x59;
}
