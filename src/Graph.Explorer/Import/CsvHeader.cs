using System.Text.RegularExpressions;

namespace Graph.Explorer.Import;

/// <summary>
/// The header line of a neo4j-admin import CSV file (the "neo4j-admin database import" header format):
/// <c>name:type</c> fields where type is a value type (int, long, short, byte, float, double, boolean, string,
/// char, date, each optionally followed by <c>[]</c>) or a role (ID, LABEL, START_ID, END_ID, TYPE, IGNORE),
/// roles optionally with an id space in parentheses. A node file has an ID column; a relationship file has
/// START_ID, END_ID and TYPE. Immutable.
/// </summary>
public sealed partial class CsvHeader
{
    private CsvHeader(string file, IReadOnlyList<CsvColumn> columns)
    {
        File = file;
        Columns = columns;
        IdColumn = columns.FirstOrDefault(c => c.Role == CsvColumnRole.Id);
        LabelColumn = columns.FirstOrDefault(c => c.Role == CsvColumnRole.Label);
        StartColumn = columns.FirstOrDefault(c => c.Role == CsvColumnRole.StartId);
        EndColumn = columns.FirstOrDefault(c => c.Role == CsvColumnRole.EndId);
        TypeColumn = columns.FirstOrDefault(c => c.Role == CsvColumnRole.Type);
    }

    public string File { get; }

    public IReadOnlyList<CsvColumn> Columns { get; }

    public CsvColumn? IdColumn { get; }

    public CsvColumn? LabelColumn { get; }

    public CsvColumn? StartColumn { get; }

    public CsvColumn? EndColumn { get; }

    public CsvColumn? TypeColumn { get; }

    public bool IsRelationshipFile => StartColumn is not null;

    /// <summary>Whether relationship rows carry a <c>key</c> property, which then identifies them for MERGE.</summary>
    public bool HasKeyProperty => Columns.Any(c => c.Role == CsvColumnRole.Property && c.Name == "key");

    public static CsvHeader Parse(string file, int line, IReadOnlyList<string> fields)
    {
        var columns = new List<CsvColumn>(fields.Count);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            var column = ParseField(file, line, i, fields[i]);
            if (column.Name is not null && column.Role != CsvColumnRole.Ignore && !names.Add(column.Name))
            {
                throw new CsvImportException(file, line, i + 1, $"Duplicate property '{column.Name}' in the header.");
            }
            columns.Add(column);
        }
        var header = new CsvHeader(file, columns);
        header.Validate(line);
        return header;
    }

    private static CsvColumn ParseField(string file, int line, int index, string field)
    {
        var match = FieldPattern().Match(field);
        if (!match.Success)
        {
            throw new CsvImportException(file, line, index + 1, $"'{field}' is not a valid header field (expected name:type).");
        }
        var name = match.Groups["name"].Value;
        var type = match.Groups["type"].Success ? match.Groups["type"].Value : "string";
        var isArray = match.Groups["array"].Success;
        var role = RoleOf(type);
        if (role is not null)
        {
            if (isArray)
            {
                throw new CsvImportException(file, line, index + 1, $"'{field}': the {type} column cannot be an array.");
            }
            var propertyName = name.Length == 0 || role is CsvColumnRole.Label or CsvColumnRole.Type ? null : name;
            return new CsvColumn(index, field, propertyName, role.Value, CsvValueType.String, false);
        }
        if (name.Length == 0)
        {
            throw new CsvImportException(file, line, index + 1, $"'{field}': a property column needs a name.");
        }
        var valueType = ValueTypeOf(type)
            ?? throw new CsvImportException(file, line, index + 1, $"'{field}': type '{type}' is not supported (use int, long, float, double, boolean, string or date).");
        return new CsvColumn(index, field, name, CsvColumnRole.Property, valueType, isArray);
    }

    private static CsvColumnRole? RoleOf(string type) => type.ToUpperInvariant() switch
    {
        "ID" => CsvColumnRole.Id,
        "LABEL" => CsvColumnRole.Label,
        "START_ID" => CsvColumnRole.StartId,
        "END_ID" => CsvColumnRole.EndId,
        "TYPE" => CsvColumnRole.Type,
        "IGNORE" => CsvColumnRole.Ignore,
        _ => null,
    };

    private static CsvValueType? ValueTypeOf(string type) => type.ToLowerInvariant() switch
    {
        "string" or "char" => CsvValueType.String,
        "int" or "long" or "short" or "byte" => CsvValueType.Integer,
        "float" or "double" => CsvValueType.Float,
        "boolean" => CsvValueType.Boolean,
        "date" => CsvValueType.Date,
        _ => null,
    };

    private void Validate(int line)
    {
        foreach (var role in new[] { CsvColumnRole.Id, CsvColumnRole.Label, CsvColumnRole.StartId, CsvColumnRole.EndId, CsvColumnRole.Type })
        {
            var duplicate = Columns.Where(c => c.Role == role).Skip(1).FirstOrDefault();
            if (duplicate is not null)
            {
                throw new CsvImportException(File, line, duplicate.Number, $"More than one {role} column in the header.");
            }
        }
        if (IsRelationshipFile)
        {
            if (EndColumn is null || TypeColumn is null)
            {
                throw new CsvImportException(File, line, 0, "A relationship file needs :START_ID, :END_ID and :TYPE columns.");
            }
            if (IdColumn is not null || LabelColumn is not null)
            {
                throw new CsvImportException(File, line, (IdColumn ?? LabelColumn)!.Number, "A relationship file cannot have :ID or :LABEL columns.");
            }
        }
        else if (IdColumn is null)
        {
            throw new CsvImportException(File, line, 0, "A node file needs an :ID column (a relationship file :START_ID, :END_ID and :TYPE).");
        }
        else if (EndColumn is not null || TypeColumn is not null)
        {
            throw new CsvImportException(File, line, (EndColumn ?? TypeColumn)!.Number, "A node file cannot have :END_ID or :TYPE columns.");
        }
    }

    [GeneratedRegex(@"^(?<name>[^:\[\]]*)(?::(?<type>[A-Za-z_]+)(?:\([^)]*\))?(?<array>\[\])?)?$")]
    private static partial Regex FieldPattern();
}
