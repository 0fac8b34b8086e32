using System.Globalization;
using CsvHelper;

namespace Graph.Explorer.Import;

/// <summary>
/// A neo4j-admin import CSV file read whole into memory: its header and typed rows. Reading validates every
/// cell; the first problem raises <see cref="CsvImportException"/> with file, line and column. Immutable.
/// </summary>
public sealed class ImportFile
{
    private ImportFile(string name, CsvHeader header, IReadOnlyList<ImportRow> rows)
    {
        Name = name;
        Header = header;
        Rows = rows;
    }

    /// <summary>The file name (without directory), as error messages and progress reports show it.</summary>
    public string Name { get; }

    public CsvHeader Header { get; }

    public IReadOnlyList<ImportRow> Rows { get; }

    public bool IsRelationshipFile => Header.IsRelationshipFile;

    public static async Task<ImportFile> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return Parse(Path.GetFileName(path), text);
    }

    public static ImportFile Parse(string name, string text)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Throw,
        };
        using var reader = CsvReader.Create(new StringReader(text), options, false);
        CsvHeader? header = null;
        var rows = new List<ImportRow>();
        try
        {
            while (reader.Read())
            {
                var line = (int)reader.LineNumber;
                var record = new string[reader.FieldCount];
                for (var i = 0; i < record.Length; i++)
                {
                    record[i] = reader.GetString(i);
                }
                if (header is null)
                {
                    header = CsvHeader.Parse(name, line, record);
                    continue;
                }
                rows.Add(ReadRow(header, name, line, record));
            }
        }
        catch (CsvFormatException error)
        {
            throw new CsvImportException(name, (int)error.LineNumber, error.FieldIndex + 1, error.Message);
        }
        if (header is null)
        {
            throw new CsvImportException(name, 1, 0, "The file is empty: expected a header line.");
        }
        return new ImportFile(name, header, rows);
    }

    private static ImportRow ReadRow(CsvHeader header, string file, int line, string[] record)
    {
        if (record.Length != header.Columns.Count)
        {
            var column = Math.Min(record.Length, header.Columns.Count) + 1;
            throw new CsvImportException(file, line, column,
                $"Expected {header.Columns.Count} fields as in the header but found {record.Length}.");
        }
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var column in header.Columns)
        {
            var cell = record[column.Index];
            switch (column.Role)
            {
                case CsvColumnRole.Id when cell.Length > 0 && column.Name is not null:
                    properties[column.Name] = cell;
                    break;
                case CsvColumnRole.Property:
                    var value = ParseCell(file, line, column, cell);
                    if (value is not null)
                    {
                        properties[column.Name!] = value;
                    }
                    break;
            }
        }
        return header.IsRelationshipFile
            ? new ImportRow(file, line, null, [], Required(file, line, header.StartColumn!, record),
                Required(file, line, header.EndColumn!, record), Required(file, line, header.TypeColumn!, record), properties)
            : new ImportRow(file, line, Required(file, line, header.IdColumn!, record), Labels(header, record), null, null, null, properties);
    }

    private static object? ParseCell(string file, int line, CsvColumn column, string cell)
    {
        try
        {
            return CsvValueParser.Parse(column, cell);
        }
        catch (FormatException error)
        {
            throw new CsvImportException(file, line, column.Number, $"{column.Header}: {error.Message}");
        }
    }

    private static string Required(string file, int line, CsvColumn column, string[] record)
    {
        var cell = record[column.Index];
        return cell.Length > 0 ? cell : throw new CsvImportException(file, line, column.Number, $"{column.Header} is empty.");
    }

    private static IReadOnlyList<string> Labels(CsvHeader header, string[] record) =>
        header.LabelColumn is null
            ? []
            : record[header.LabelColumn.Index].Split(CsvValueParser.ArrayDelimiter, StringSplitOptions.RemoveEmptyEntries);
}
