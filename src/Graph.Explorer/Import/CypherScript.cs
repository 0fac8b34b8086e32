using System.Text;

namespace Graph.Explorer.Import;

/// <summary>
/// Splits a Cypher script (such as schema.cypher) into statements at semicolons that are outside string
/// literals, backtick names and comments, as cypher-shell does. Comment-only statements are dropped.
/// Thread-safe (stateless).
/// </summary>
public static class CypherScript
{
    public static IReadOnlyList<string> Split(string script)
    {
        var statements = new List<string>();
        var current = new StringBuilder();
        var hasCode = false;
        for (var i = 0; i < script.Length; i++)
        {
            var c = script[i];
            if (c == '/' && i + 1 < script.Length && script[i + 1] == '/')
            {
                var end = script.IndexOf('\n', i);
                i = end < 0 ? script.Length : end;
                current.Append('\n');
                continue;
            }
            if (c == '/' && i + 1 < script.Length && script[i + 1] == '*')
            {
                var end = script.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? script.Length : end + 1;
                current.Append(' ');
                continue;
            }
            if (c is '\'' or '"' or '`')
            {
                i = CopyQuoted(script, i, current);
                hasCode = true;
                continue;
            }
            if (c == ';')
            {
                Flush(statements, current, hasCode);
                hasCode = false;
                continue;
            }
            hasCode |= !char.IsWhiteSpace(c);
            current.Append(c);
        }
        Flush(statements, current, hasCode);
        return statements;
    }

    private static int CopyQuoted(string script, int start, StringBuilder current)
    {
        var quote = script[start];
        current.Append(quote);
        var i = start + 1;
        for (; i < script.Length; i++)
        {
            current.Append(script[i]);
            if (script[i] == '\\' && quote != '`' && i + 1 < script.Length)
            {
                current.Append(script[++i]);
            }
            else if (script[i] == quote)
            {
                break;
            }
        }
        return i;
    }

    private static void Flush(List<string> statements, StringBuilder current, bool hasCode)
    {
        if (hasCode)
        {
            statements.Add(current.ToString().Trim());
        }
        current.Clear();
    }
}
