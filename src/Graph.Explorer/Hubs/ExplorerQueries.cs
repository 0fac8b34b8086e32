namespace Graph.Explorer.Hubs;

/// <summary>
/// The Cypher behind the hub's built-in gestures, kept as plain text so they run on any database behind the
/// port (the embedded engine or a Neo4j server).
/// </summary>
public static class ExplorerQueries
{
    /// <summary>
    /// Case-insensitive substring match on the Chinese name, English name, pinyin (also with its syllable
    /// spaces removed, so "jiangmeng" finds "jiang meng liang") and aliases. $text is lower case; $compact is
    /// $text without spaces.
    /// </summary>
    public const string Search = """
        MATCH (n:Entity)
        WHERE toLower(coalesce(n.name, '')) CONTAINS $text
           OR toLower(coalesce(n.name_en, '')) CONTAINS $text
           OR replace(toLower(coalesce(n.pinyin, '')), ' ', '') CONTAINS $compact
           OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS $text)
        RETURN n
        ORDER BY n.name
        LIMIT $limit
        """;

    /// <summary>Every relationship of one node with the node at its other end, in either direction.</summary>
    public const string Expand = """
        MATCH (n)-[r]-(m)
        WHERE elementId(n) = $id
        RETURN r, m
        LIMIT $limit
        """;
}
