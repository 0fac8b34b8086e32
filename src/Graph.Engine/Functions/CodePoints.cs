using System.Text;

namespace Graph.Engine.Functions;

/// <summary>
/// String positions counted in Unicode code points, as Neo4j counts them (size('😀') is 1), while .NET
/// strings index UTF-16 units. Fast paths skip the work for strings without surrogates. Thread-safe.
/// </summary>
internal static class CodePoints
{
    public static bool HasSurrogates(string text) => text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    public static int Count(string text) => HasSurrogates(text) ? CountSlow(text) : text.Length;

    /// <summary>The UTF-16 offset of code point number <paramref name="codePoints"/>, clamped to the end.</summary>
    public static int Offset(string text, int codePoints)
    {
        if (!HasSurrogates(text)) return Math.Min(codePoints, text.Length);
        var offset = 0;
        for (var i = 0; i < codePoints && offset < text.Length; i++)
        {
            offset += Width(text, offset);
        }
        return offset;
    }

    /// <summary>Code points [start, start + length), clamped to the string.</summary>
    public static string Substring(string text, int start, int length)
    {
        var from = Offset(text, start);
        var to = length >= int.MaxValue - start ? text.Length : Offset(text, start + length);
        return text[from..to];
    }

    public static string Reverse(string text)
    {
        if (!HasSurrogates(text))
        {
            var units = text.ToCharArray();
            Array.Reverse(units);
            return new string(units);
        }
        var builder = new StringBuilder(text.Length);
        var parts = Each(text).ToList();
        for (var i = parts.Count - 1; i >= 0; i--) builder.Append(parts[i]);
        return builder.ToString();
    }

    /// <summary>Each code point as its own string; a lone surrogate stays a one-unit string.</summary>
    public static IEnumerable<string> Each(string text)
    {
        for (var offset = 0; offset < text.Length;)
        {
            var width = Width(text, offset);
            yield return text.Substring(offset, width);
            offset += width;
        }
    }

    private static int Width(string text, int offset) =>
        char.IsHighSurrogate(text[offset]) && offset + 1 < text.Length && char.IsLowSurrogate(text[offset + 1]) ? 2 : 1;

    private static int CountSlow(string text)
    {
        var count = 0;
        for (var offset = 0; offset < text.Length; offset += Width(text, offset)) count++;
        return count;
    }
}
