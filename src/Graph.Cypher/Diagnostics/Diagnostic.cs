using System.Text;
using Graph.Core;

namespace Graph.Cypher.Diagnostics;

/// <summary>
/// One compile-time problem found by the lexer, parser or semantic analyzer. <see cref="Code"/> is a Neo4j
/// status code, <see cref="Detail"/> the openCypher TCK error name (e.g. UndefinedVariable), <see cref="Message"/>
/// the text without position; <see cref="ToException"/> renders it the way Neo4j does. Immutable.
/// </summary>
public sealed record Diagnostic(string Code, string? Detail, string Message, SourceSpan Span)
{
    /// <summary>
    /// The error as raised to clients: the message, " (line L, column C (offset: O))", then the source line
    /// in quotes and carets under the offending range (Neo4j's layout).
    /// </summary>
    public GraphException ToException(string queryText) =>
        new(Code, Render(queryText), Detail, Span);

    public string Render(string queryText)
    {
        var (line, column) = Span.LineColumn(queryText);
        var builder = new StringBuilder()
            .Append(Message)
            .Append(" (line ").Append(line)
            .Append(", column ").Append(column)
            .Append(" (offset: ").Append(Span.Start).Append("))");
        var lineStart = Math.Min(Span.Start, queryText.Length) - (column - 1);
        var lineEnd = queryText.IndexOf('\n', lineStart);
        if (lineEnd < 0)
        {
            lineEnd = queryText.Length;
        }
        var sourceLine = queryText[lineStart..lineEnd].TrimEnd('\r');
        var caretCount = Math.Max(1, Math.Min(Span.Length, sourceLine.Length - (column - 1)));
        builder.Append('\n').Append('"').Append(sourceLine).Append('"').Append('\n')
            .Append(' ', column).Append('^', caretCount);
        return builder.ToString();
    }
}
