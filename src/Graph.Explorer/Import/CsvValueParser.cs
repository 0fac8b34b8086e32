using System.Globalization;
using Graph.Core.Values;

namespace Graph.Explorer.Import;

/// <summary>
/// Converts CSV cells to Cypher values of the port's value model (long, double, bool, string, CypherDate,
/// lists). Arrays use ';' between elements, as neo4j-admin does by default. Thread-safe (stateless).
/// </summary>
public static class CsvValueParser
{
    public const char ArrayDelimiter = ';';

    private static readonly DateOnly UnixEpoch = new(1970, 1, 1);

    /// <summary>The value of <paramref name="cell"/>, or null when the cell is empty and the column is scalar.</summary>
    /// <exception cref="FormatException">The cell is not a valid value of the column's type.</exception>
    public static object? Parse(CsvColumn column, string cell)
    {
        if (column.IsArray)
        {
            // An empty array cell is an empty list (so every node can carry e.g. aliases: []).
            return cell.Length == 0
                ? Array.Empty<object?>()
                : cell.Split(ArrayDelimiter).Select(element => ParseScalar(column.Type, element)).ToList();
        }
        return cell.Length == 0 ? null : ParseScalar(column.Type, cell);
    }

    private static object ParseScalar(CsvValueType type, string text) => type switch
    {
        CsvValueType.String => text,
        CsvValueType.Integer => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? l
            : throw new FormatException($"'{text}' is not an integer."),
        CsvValueType.Float => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw new FormatException($"'{text}' is not a number."),
        CsvValueType.Boolean => text.ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            _ => throw new FormatException($"'{text}' is not a boolean (true or false)."),
        },
        CsvValueType.Date => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new CypherDate(date.DayNumber - UnixEpoch.DayNumber)
            : throw new FormatException($"'{text}' is not a date (yyyy-MM-dd)."),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
