namespace Graph.Explorer.Queries;

/// <summary>A saved query file whose header cannot be read; the message names the file and the 1-based line.</summary>
public sealed class SavedQueryFormatException : Graph.Core.GraphException
{
    public SavedQueryFormatException(string file, int line, string problem)
        : base(Graph.Core.StatusCodes.RequestInvalidFormat, $"{file}: line {line}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    public string File { get; }

    public int Line { get; }

    public string Problem { get; }
}
