using System.Text;
using static Graph.Engine.Functions.FunctionArguments;

namespace Graph.Engine.Functions;

/// <summary>
/// String functions (Neo4j 5 "String functions"): positions and lengths count code points; a null string
/// gives null; a non-string gives a TypeError; a negative position or length an ArgumentError.
/// Thread-safe (stateless).
/// </summary>
internal static class StringFunctions
{
    public static void Register(FunctionRegistry registry)
    {
        registry.Add(Unary("tolower", value => String("toLower", value).ToLowerInvariant()));
        registry.Add(Unary("toupper", value => Upper(String("toUpper", value))));
        registry.Add(Unary("lower", value => String("lower", value).ToLowerInvariant()));
        registry.Add(Unary("upper", value => Upper(String("upper", value))));
        registry.Add(Unary("trim", value => TrimWhitespace(String("trim", value), true, true)));
        registry.Add(Trim("ltrim", start: true, end: false));
        registry.Add(Trim("rtrim", start: false, end: true));
        registry.Add(Trim("btrim", start: true, end: true));
        registry.Add(new FunctionDefinition("replace", 3, 3, (a, _) => Replace(a[0], a[1], a[2])));
        registry.Add(new FunctionDefinition("substring", 2, 3, (a, _) => Substring(a)));
        registry.Add(new FunctionDefinition("left", 2, 2, (a, _) => Left(a[0], a[1])));
        registry.Add(new FunctionDefinition("right", 2, 2, (a, _) => Right(a[0], a[1])));
        registry.Add(new FunctionDefinition("split", 2, 2, (a, _) => Split(a[0], a[1])));
        registry.Add(Unary("reverse", Reverse));
        registry.Add(Unary("char_length", value => (long)CodePoints.Count(String("char_length", value))));
        registry.Add(Unary("character_length", value => (long)CodePoints.Count(String("character_length", value))));
        registry.Add(new FunctionDefinition("normalize", 1, 2, (a, _) => Normalize(a)));
    }

    // Java's toUpperCase applies the one-to-many special casing .NET's per-character mapping skips; ß → SS
    // is the case that occurs in real text.
    private static string Upper(string text) => text.ToUpperInvariant().Replace("ß", "SS", StringComparison.Ordinal);

    // Java's Character.isWhitespace, which Neo4j's trim uses: no-break spaces are not whitespace.
    internal static bool IsWhitespace(char c) =>
        c is >= '\u001C' and <= '\u001F' || (char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u2007' or '\u202F'));

    private static string TrimWhitespace(string text, bool start, bool end)
    {
        var from = 0;
        var to = text.Length;
        while (start && from < to && IsWhitespace(text[from])) from++;
        while (end && to > from && IsWhitespace(text[to - 1])) to--;
        return text[from..to];
    }

    private static FunctionDefinition Trim(string name, bool start, bool end) => new(name, 1, 2, (a, _) =>
    {
        if (a[0] is null || (a.Length > 1 && a[1] is null)) return null;
        var text = String(name, a[0]);
        if (a.Length == 1) return TrimWhitespace(text, start, end);
        var characters = String(name, a[1]).ToCharArray();
        return start && end ? text.Trim(characters) : start ? text.TrimStart(characters) : text.TrimEnd(characters);
    });

    private static string? Replace(object? original, object? search, object? replacement)
    {
        if (original is null || search is null || replacement is null) return null;
        var text = String("replace", original);
        var target = String("replace", search);
        var with = String("replace", replacement);
        if (target.Length > 0) return text.Replace(target, with, StringComparison.Ordinal);
        // Java inserts the replacement around every character when the search string is empty.
        var builder = new StringBuilder(with);
        foreach (var character in CodePoints.Each(text)) builder.Append(character).Append(with);
        return builder.ToString();
    }

    private static string? Substring(ReadOnlySpan<object?> a)
    {
        if (a[0] is null) return null;
        var text = String("substring", a[0]);
        var start = Index("substring", a[1], "start");
        var length = a.Length > 2 ? Index("substring", a[2], "length") : int.MaxValue;
        return CodePoints.Substring(text, start, length);
    }

    private static string? Left(object? original, object? length)
    {
        if (original is null) return null;
        var text = String("left", original);
        return CodePoints.Substring(text, 0, Index("left", length, "length"));
    }

    private static string? Right(object? original, object? length)
    {
        if (original is null) return null;
        var text = String("right", original);
        var count = Index("right", length, "length");
        var total = CodePoints.Count(text);
        return count >= total ? text : CodePoints.Substring(text, total - count, count);
    }

    private static object? Split(object? original, object? delimiter)
    {
        if (original is null || delimiter is null) return null;
        var text = String("split", original);
        var delimiters = delimiter switch
        {
            string single => [single],
            IReadOnlyList<object?> list => list.Select(d => String("split", d)).ToArray(),
            _ => throw InvalidType("split", delimiter, "STRING or LIST<STRING>"),
        };
        if (delimiters.All(d => d.Length == 0)) return CodePoints.Each(text).Cast<object?>().ToList();
        var nonEmpty = delimiters.Where(d => d.Length > 0).ToArray();
        return text.Split(nonEmpty, StringSplitOptions.None).Cast<object?>().ToList();
    }

    private static object Reverse(object value) => value switch
    {
        string text => CodePoints.Reverse(text),
        IReadOnlyList<object?> list => list.Reverse().ToList(),
        _ => throw InvalidType("reverse", value, "STRING or LIST"),
    };

    private static string? Normalize(ReadOnlySpan<object?> a)
    {
        if (a[0] is null) return null;
        var text = String("normalize", a[0]);
        var formName = a.Length > 1 ? String("normalize", a[1]) : "NFC";
        var form = formName.ToUpperInvariant() switch
        {
            "NFC" => NormalizationForm.FormC,
            "NFD" => NormalizationForm.FormD,
            "NFKC" => NormalizationForm.FormKC,
            "NFKD" => NormalizationForm.FormKD,
            _ => throw InvalidValue("normalize", $"unknown normal form '{formName}'; expected NFC, NFD, NFKC or NFKD."),
        };
        return text.Normalize(form);
    }
}
