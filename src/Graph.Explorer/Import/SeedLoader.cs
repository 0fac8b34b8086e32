using System.Diagnostics;
using System.Text.RegularExpressions;
using Graph.Core;

namespace Graph.Explorer.Import;

/// <summary>
/// Loads the seed graph of a cypher/ directory through the engine port only, so it works the same on the
/// embedded engine and on a Bolt server: schema.cypher first (one auto-commit statement each), then the
/// node files of import/*.csv, then the relationship files, in batched <c>UNWIND $rows ... MERGE</c>
/// statements on <c>key</c>. Every node gets the label Entity (unique key) so relationship rows find their
/// endpoints through the index. Loading twice leaves the same graph. Thread-safe (stateless); one load at a time
/// per database is the caller's business.
/// </summary>
public static partial class SeedLoader
{
    public const int DefaultBatchSize = 500;

    public const string EntityLabel = "Entity";

    public static Task<LoadReport> LoadAsync(IGraphDatabase database, string cypherDirectory,
        IProgress<LoadProgress>? progress, CancellationToken cancellationToken) =>
        LoadAsync(database, cypherDirectory, DefaultBatchSize, progress, cancellationToken);

    public static async Task<LoadReport> LoadAsync(IGraphDatabase database, string cypherDirectory, int batchSize,
        IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var clock = Stopwatch.StartNew();
        progress?.Report(new LoadProgress(LoadStage.Reading, null, 0, 0));
        var schema = await ReadSchemaAsync(cypherDirectory, cancellationToken).ConfigureAwait(false);
        var files = await ReadImportFilesAsync(cypherDirectory, cancellationToken).ConfigureAwait(false);
        Validate(files);
        var nodeFiles = files.Where(f => !f.IsRelationshipFile).ToList();
        var relationshipFiles = files.Where(f => f.IsRelationshipFile).ToList();
        var run = new LoadRun(progress, schema.Count + files.Sum(f => f.Rows.Count), cancellationToken);

        await using var session = database.Session(new Graph.Core.SessionOptions { AccessMode = AccessMode.Write });
        foreach (var statement in schema)
        {
            await run.ExecuteAsync(session, LoadStage.Schema, null, statement, null, 1).ConfigureAwait(false);
        }
        foreach (var file in nodeFiles)
        {
            await LoadNodesAsync(session, run, file, batchSize).ConfigureAwait(false);
        }
        foreach (var file in relationshipFiles)
        {
            await LoadRelationshipsAsync(session, run, file, batchSize).ConfigureAwait(false);
        }
        progress?.Report(new LoadProgress(LoadStage.Done, null, run.Total, run.Total));
        return run.Report(files.Select(f => f.Name).ToList(), schema.Count,
            nodeFiles.Sum(f => f.Rows.Count), relationshipFiles.Sum(f => f.Rows.Count), clock.Elapsed);
    }

    /// <summary>The schema statements of cypher/schema.cypher (none when the file does not exist).</summary>
    public static async Task<IReadOnlyList<string>> ReadSchemaAsync(string cypherDirectory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(cypherDirectory, "schema.cypher");
        return File.Exists(path)
            ? CypherScript.Split(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false))
            : [];
    }

    /// <summary>Every cypher/import/*.csv file, read and typed, in ordinal name order.</summary>
    public static async Task<IReadOnlyList<ImportFile>> ReadImportFilesAsync(string cypherDirectory, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(cypherDirectory, "import");
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The seed graph directory {directory} does not exist.");
        }
        var files = new List<ImportFile>();
        foreach (var path in Directory.GetFiles(directory, "*.csv").Order(StringComparer.Ordinal))
        {
            files.Add(await ImportFile.ReadAsync(path, cancellationToken).ConfigureAwait(false));
        }
        return files;
    }

    /// <summary>
    /// Checks what the database cannot check row by row: node keys unique across files, label and type names
    /// that are safe to splice into statement text, relationship endpoints present, relationship keys present
    /// and unique. Raises <see cref="CsvImportException"/> at the offending cell.
    /// </summary>
    public static void Validate(IReadOnlyList<ImportFile> files)
    {
        var nodeKeys = new Dictionary<string, ImportRow>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => !f.IsRelationshipFile))
        {
            foreach (var row in file.Rows)
            {
                if (!nodeKeys.TryAdd(row.Key!, row))
                {
                    var first = nodeKeys[row.Key!];
                    throw new CsvImportException(row.File, row.Line, file.Header.IdColumn!.Number,
                        $"Duplicate node key '{row.Key}' (first defined in {first.File} line {first.Line}).");
                }
                foreach (var label in row.Labels.Where(l => !IsName(l)))
                {
                    throw new CsvImportException(row.File, row.Line, file.Header.LabelColumn!.Number, $"'{label}' is not a valid label name.");
                }
            }
        }
        var relationshipKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.IsRelationshipFile))
        {
            foreach (var row in file.Rows)
            {
                ValidateRelationship(file, row, nodeKeys, relationshipKeys);
            }
        }
    }

    private static void ValidateRelationship(ImportFile file, ImportRow row, Dictionary<string, ImportRow> nodeKeys,
        HashSet<string> relationshipKeys)
    {
        var header = file.Header;
        if (!IsName(row.Type!))
        {
            throw new CsvImportException(row.File, row.Line, header.TypeColumn!.Number, $"'{row.Type}' is not a valid relationship type name.");
        }
        if (!nodeKeys.ContainsKey(row.Start!))
        {
            throw new CsvImportException(row.File, row.Line, header.StartColumn!.Number, $"No node has the key '{row.Start}'.");
        }
        if (!nodeKeys.ContainsKey(row.End!))
        {
            throw new CsvImportException(row.File, row.Line, header.EndColumn!.Number, $"No node has the key '{row.End}'.");
        }
        if (header.HasKeyProperty)
        {
            var keyColumn = header.Columns.First(c => c.Name == "key").Number;
            if (row.Properties.GetValueOrDefault("key") is not string key)
            {
                throw new CsvImportException(row.File, row.Line, keyColumn, "The relationship key is empty.");
            }
            if (!relationshipKeys.Add(key))
            {
                throw new CsvImportException(row.File, row.Line, keyColumn, $"Duplicate relationship key '{key}'.");
            }
        }
    }

    private static async Task LoadNodesAsync(Graph.Core.ISession session, LoadRun run, ImportFile file, int batchSize)
    {
        foreach (var group in file.Rows.GroupBy(r => LabelSet(r.Labels)))
        {
            var text = NodeStatement(group.Key);
            foreach (var batch in group.Chunk(batchSize))
            {
                var rows = batch.Select(r => (object?)new Dictionary<string, object?>
                {
                    ["key"] = r.Key,
                    ["props"] = r.Properties,
                }).ToList();
                await run.ExecuteAsync(session, LoadStage.Nodes, file.Name, text, rows, batch.Length).ConfigureAwait(false);
            }
        }
    }

    private static async Task LoadRelationshipsAsync(Graph.Core.ISession session, LoadRun run, ImportFile file, int batchSize)
    {
        var keyed = file.Header.HasKeyProperty;
        foreach (var group in file.Rows.GroupBy(r => r.Type!, StringComparer.Ordinal))
        {
            var text = RelationshipStatement(group.Key, keyed);
            foreach (var batch in group.Chunk(batchSize))
            {
                var rows = batch.Select(r => (object?)new Dictionary<string, object?>
                {
                    ["start"] = r.Start,
                    ["end"] = r.End,
                    ["key"] = r.Properties.GetValueOrDefault("key"),
                    ["props"] = r.Properties,
                }).ToList();
                await run.ExecuteAsync(session, LoadStage.Relationships, file.Name, text, rows, batch.Length).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Labels cannot be parameters, so the statement text is built from validated label names.</summary>
    public static string NodeStatement(string labelSet) =>
        "UNWIND $rows AS row\n" +
        $"MERGE (n:{EntityLabel} {{key: row.key}})\n" +
        "SET n += row.props\n" +
        $"SET n{labelSet}\n" +
        "RETURN count(n) AS count";

    /// <summary>Keyed files MERGE on the relationship's key; others keep one relationship per type and node pair.</summary>
    public static string RelationshipStatement(string type, bool keyed) =>
        "UNWIND $rows AS row\n" +
        $"MATCH (a:{EntityLabel} {{key: row.start}})\n" +
        $"MATCH (b:{EntityLabel} {{key: row.end}})\n" +
        $"MERGE (a)-[r:{Quote(type)}{(keyed ? " {key: row.key}" : "")}]->(b)\n" +
        "SET r += row.props\n" +
        "RETURN count(r) AS count";

    private static string LabelSet(IReadOnlyList<string> labels) =>
        string.Concat(labels.Append(EntityLabel).Distinct(StringComparer.Ordinal).Select(l => ":" + Quote(l)));

    private static string Quote(string name) => IsName(name) ? name : "`" + name.Replace("`", "``") + "`";

    private static bool IsName(string name) => NamePattern().IsMatch(name);

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex NamePattern();
}
