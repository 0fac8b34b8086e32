using System.Collections;
using System.Globalization;
using System.Text;

namespace Graph.Core.Values;

/// <summary>
/// The Cypher value model on the port, as plain CLR objects:
/// null; <see cref="bool"/>; <see cref="long"/> (INTEGER, always 64-bit); <see cref="double"/> (FLOAT);
/// <see cref="string"/>; <see cref="byte"/>[] (bytes); <see cref="IReadOnlyList{T}"/> of object? (LIST);
/// <see cref="IReadOnlyDictionary{TKey,TValue}"/> of string to object? (MAP); <see cref="Node"/>,
/// <see cref="Relationship"/>, <see cref="Path"/>; <see cref="CypherDate"/>, <see cref="CypherTime"/>,
/// <see cref="CypherLocalTime"/>, <see cref="CypherDateTime"/>, <see cref="CypherLocalDateTime"/>,
/// <see cref="CypherDuration"/>; <see cref="CypherPoint"/>.
/// Producers (engine, Bolt client) emit exactly these types; <see cref="Normalize"/> converts what callers
/// pass as parameters (int, float, arrays, anonymous-free dictionaries...) into them. Thread-safe.
/// </summary>
public static class CypherValue
{
    /// <summary>Converts a caller's parameter value to the canonical model, or throws naming the bad type.</summary>
    public static object? Normalize(object? value) => value switch
    {
        null => null,
        bool or long or double or string or byte[] => value,
        int i => (long)i,
        short s => (long)s,
        sbyte sb => (long)sb,
        byte b => (long)b,
        uint ui => (long)ui,
        ushort us => (long)us,
        ulong ul when ul <= long.MaxValue => (long)ul,
        float f => (double)f,
        decimal m => (double)m,
        char c => c.ToString(),
        Node or Relationship or Path => value,
        CypherDate or CypherTime or CypherLocalTime or CypherDateTime or CypherLocalDateTime or CypherDuration
            or CypherPoint => value,
        IReadOnlyDictionary<string, object?> map => NormalizeMap(map),
        IDictionary<string, object?> map => NormalizeMap(map.ToDictionary(p => p.Key, p => p.Value)),
        IDictionary map => NormalizeMap(map.Keys.Cast<object>()
            .ToDictionary(k => k.ToString() ?? "", k => map[k])),
        IEnumerable list => list.Cast<object?>().Select(Normalize).ToList(),
        _ => throw new GraphException(StatusCodes.TypeError,
            $"Values of type {value.GetType().Name} cannot be used as Cypher values."),
    };

    public static IReadOnlyDictionary<string, object?> NormalizeMap(IReadOnlyDictionary<string, object?> map)
    {
        var result = new Dictionary<string, object?>(map.Count);
        foreach (var (key, item) in map)
        {
            result[key] = Normalize(item);
        }
        return result;
    }

    /// <summary>The Cypher type name of a canonical value, as Neo4j's valueType() names them.</summary>
    public static string TypeName(object? value) => value switch
    {
        null => "NULL",
        bool => "BOOLEAN",
        long => "INTEGER",
        double => "FLOAT",
        string => "STRING",
        byte[] => "BYTES",
        Node => "NODE",
        Relationship => "RELATIONSHIP",
        Path => "PATH",
        CypherDate => "DATE",
        CypherTime => "ZONED TIME",
        CypherLocalTime => "LOCAL TIME",
        CypherDateTime => "ZONED DATETIME",
        CypherLocalDateTime => "LOCAL DATETIME",
        CypherDuration => "DURATION",
        CypherPoint => "POINT",
        IReadOnlyDictionary<string, object?> => "MAP",
        IReadOnlyList<object?> => "LIST<ANY>",
        _ => value.GetType().Name,
    };

    /// <summary>Floats as Neo4j prints them: always with a decimal point or exponent, NaN and Infinity by name.</summary>
    public static string FormatFloat(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (text.Contains('E'))
        {
            var mantissaEnd = text.IndexOf('E');
            var mantissa = text[..mantissaEnd];
            if (!mantissa.Contains('.')) mantissa += ".0";
            return mantissa + "e" + text[(mantissaEnd + 1)..].TrimStart('+');
        }
        return text.Contains('.') ? text : text + ".0";
    }

    /// <summary>Renders a value as Cypher-like literal text (for tables and logs), e.g. (:School {name: '…'}).</summary>
    public static string ToCypherString(object? value)
    {
        var text = new StringBuilder();
        Append(text, value);
        return text.ToString();
    }

    private static void Append(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null: text.Append("null"); break;
            case bool b: text.Append(b ? "true" : "false"); break;
            case long l: text.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case double d: text.Append(FormatFloat(d)); break;
            case string s: AppendString(text, s); break;
            case byte[] bytes: text.Append("0x").Append(Convert.ToHexString(bytes)); break;
            case Node node:
                text.Append('(');
                foreach (var label in node.Labels) text.Append(':').Append(label);
                AppendProperties(text, node.Properties, node.Labels.Count > 0);
                text.Append(')');
                break;
            case Relationship rel:
                text.Append("[:").Append(rel.Type);
                AppendProperties(text, rel.Properties, true);
                text.Append(']');
                break;
            case Path path: AppendPath(text, path); break;
            case IReadOnlyDictionary<string, object?> map: AppendMap(text, map); break;
            case IReadOnlyList<object?> list:
                text.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0) text.Append(", ");
                    Append(text, list[i]);
                }
                text.Append(']');
                break;
            default: text.Append(value); break;
        }
    }

    private static void AppendPath(StringBuilder text, Path path)
    {
        text.Append('<');
        Append(text, path.Nodes[0]);
        for (var i = 0; i < path.Relationships.Count; i++)
        {
            var rel = path.Relationships[i];
            var forward = rel.StartNodeElementId == path.Nodes[i].ElementId;
            text.Append(forward ? "-" : "<-");
            Append(text, rel);
            text.Append(forward ? "->" : "-");
            Append(text, path.Nodes[i + 1]);
        }
        text.Append('>');
    }

    private static void AppendProperties(StringBuilder text, IReadOnlyDictionary<string, object?> properties, bool space)
    {
        if (properties.Count == 0) return;
        if (space) text.Append(' ');
        AppendMap(text, properties);
    }

    private static void AppendMap(StringBuilder text, IReadOnlyDictionary<string, object?> map)
    {
        text.Append('{');
        var first = true;
        foreach (var (key, item) in map)
        {
            if (!first) text.Append(", ");
            first = false;
            text.Append(key).Append(": ");
            Append(text, item);
        }
        text.Append('}');
    }

    private static void AppendString(StringBuilder text, string value)
    {
        text.Append('\'');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\'': text.Append("\\'"); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default: text.Append(c); break;
            }
        }
        text.Append('\'');
    }
}
