using Graph.Core.Values;

namespace Graph.Engine.Functions;

/// <summary>
/// valueType(): the Cypher type of a value as Neo4j 5 prints it ("INTEGER NOT NULL", "LIST<STRING NOT NULL>
/// NOT NULL", "NULL"). A list's element type is the union of its elements' types in Neo4j's canonical type
/// order; a null element makes the element type nullable. Thread-safe (stateless).
/// </summary>
internal static class ValueTypes
{
    // Neo4j's canonical order for the members of a union type.
    private static readonly string[] CanonicalOrder =
    [
        "NOTHING", "NULL", "BOOLEAN", "STRING", "INTEGER", "FLOAT", "DATE", "LOCAL TIME", "ZONED TIME",
        "LOCAL DATETIME", "ZONED DATETIME", "DURATION", "POINT", "NODE", "RELATIONSHIP", "MAP", "LIST", "PATH",
    ];

    public static string Of(object? value) => value is null ? "NULL" : Base(value) + " NOT NULL";

    // The type without its NOT NULL suffix.
    private static string Base(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> => "MAP",
        IReadOnlyList<object?> list => "LIST<" + ElementType(list) + ">",
        _ => CypherValue.TypeName(value),
    };

    private static string ElementType(IReadOnlyList<object?> list)
    {
        if (list.Count == 0) return "NOTHING";
        var nullable = list.Any(item => item is null);
        var members = list.Where(item => item is not null).Select(item => Base(item!)).Distinct()
            .OrderBy(Rank).ThenBy(name => name, StringComparer.Ordinal).ToList();
        if (members.Count == 0) return "NULL";
        var suffix = nullable ? "" : " NOT NULL";
        return string.Join(" | ", members.Select(member => member + suffix));
    }

    private static int Rank(string typeName)
    {
        var bracket = typeName.IndexOf('<');
        var index = Array.IndexOf(CanonicalOrder, bracket < 0 ? typeName : typeName[..bracket]);
        return index < 0 ? CanonicalOrder.Length : index;
    }
}
