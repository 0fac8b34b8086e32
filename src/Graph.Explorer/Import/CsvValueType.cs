namespace Graph.Explorer.Import;

/// <summary>The value types of the neo4j-admin header this importer supports (int, short and byte are read as INTEGER).</summary>
public enum CsvValueType
{
    String = 0,
    Integer = 1,
    Float = 2,
    Boolean = 3,
    Date = 4,
}
