namespace Graph.Explorer.Queries;

/// <summary>Finds the $parameters a Cypher text uses, skipping string literals, backtick names and comments. Thread-safe.</summary>
internal static class CypherParameters
{
    public static IReadOnlySet<string> In(string text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\'' or '"' or '`')
            {
                i = SkipQuoted(text, i);
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                var end = text.IndexOf('\n', i);
                i = end < 0 ? text.Length : end;
            }
            else if (c == '$')
            {
                var start = i + 1;
                var end = start;
                while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
                {
                    end++;
                }
                if (end > start)
                {
                    names.Add(text[start..end]);
                }
                i = end - 1;
            }
        }
        return names;
    }

    private static int SkipQuoted(string text, int start)
    {
        var quote = text[start];
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] == '\\' && quote != '`')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                return i;
            }
        }
        return text.Length;
    }
}
