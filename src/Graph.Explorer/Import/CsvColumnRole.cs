namespace Graph.Explorer.Import;

/// <summary>What a column of a neo4j-admin import header means.</summary>
public enum CsvColumnRole
{
    Property = 0,
    Id = 1,
    Label = 2,
    StartId = 3,
    EndId = 4,
    Type = 5,
    Ignore = 6,
}
