namespace Graph.Core;

/// <summary>
/// A range of query text in UTF-16 code units (the offsets CodeMirror uses). Line and column are computed
/// only when rendering, from the original text.
/// </summary>
public readonly record struct SourceSpan(int Start, int Length)
{
    public int End => Start + Length;

    /// <summary>1-based line and column of <see cref="Start"/> in <paramref name="text"/>.</summary>
    public (int Line, int Column) LineColumn(string text)
    {
        var line = 1;
        var lineStart = 0;
        var end = Math.Min(Start, text.Length);
        for (var i = 0; i < end; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, Start - lineStart + 1);
    }
}
