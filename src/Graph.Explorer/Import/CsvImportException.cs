using Graph.Core;

namespace Graph.Explorer.Import;

/// <summary>
/// A CSV import file that cannot be read: bad header, bad value, wrong field count, dangling reference.
/// The message names the file, the 1-based line and the 1-based column (and the column's header).
/// </summary>
public sealed class CsvImportException : GraphException
{
    public CsvImportException(string file, int line, int column, string problem)
        : base(Graph.Core.StatusCodes.RequestInvalidFormat, Format(file, line, column, problem))
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    public string File { get; }

    public int Line { get; }

    /// <summary>1-based field index; 0 when the problem concerns the whole line.</summary>
    public int Column { get; }

    public string Problem { get; }

    private static string Format(string file, int line, int column, string problem) =>
        column > 0 ? $"{file}: line {line}, column {column}: {problem}" : $"{file}: line {line}: {problem}";
}
