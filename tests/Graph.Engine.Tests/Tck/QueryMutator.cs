using System.Text.RegularExpressions;

namespace Graph.Engine.Tests.Tck;

/// <summary>
/// Turns a valid query into a plausible broken one for the robustness test: split into tokens (string literals,
/// names, numbers, operators), then delete, duplicate, swap or transplant tokens. Deterministic for a given
/// <see cref="Random"/>. Not thread-safe (the Random is shared by its caller).
/// </summary>
public static partial class QueryMutator
{
    [GeneratedRegex(@"'(?:\\.|[^'\\])*'|""(?:\\.|[^""\\])*""|`[^`]*`|[A-Za-z_$][\w$]*|\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|<>|<=|>=|->|<-|=~|\+=|\.\.|\S")]
    private static partial Regex Token();

    public static IReadOnlyList<string> Tokenize(string query) =>
        Token().Matches(query).Select(m => m.Value).ToList();

    /// <summary>
    /// For a write query without RETURN: the same query followed by a tail that fails at run time after the
    /// writes have happened (division by zero after an aggregation), or null when the query does not qualify.
    /// </summary>
    public static string? FailAfterWrites(string query)
    {
        var tokens = Tokenize(query).Select(t => t.ToUpperInvariant()).ToHashSet();
        var writes = tokens.Overlaps(["CREATE", "MERGE", "SET", "DELETE", "REMOVE"]);
        return writes && !tokens.Contains("RETURN") && !tokens.Contains("UNION")
            ? query + "\nWITH count(*) AS fuzzCount\nRETURN 1 / (fuzzCount - fuzzCount) AS fuzzBoom"
            : null;
    }

    /// <summary>One to three random edits; <paramref name="donor"/> supplies tokens to transplant.</summary>
    public static string Mutate(string query, IReadOnlyList<string> donor, Random random)
    {
        var tokens = Tokenize(query).ToList();
        var edits = random.Next(1, 4);
        for (var i = 0; i < edits && tokens.Count > 0; i++)
        {
            var at = random.Next(tokens.Count);
            switch (random.Next(4))
            {
                case 0:
                    tokens.RemoveAt(at);
                    break;
                case 1:
                    tokens.Insert(at, tokens[at]);
                    break;
                case 2 when at + 1 < tokens.Count:
                    (tokens[at], tokens[at + 1]) = (tokens[at + 1], tokens[at]);
                    break;
                default:
                    tokens.Insert(at, donor.Count > 0 ? donor[random.Next(donor.Count)] : ")");
                    break;
            }
        }
        return string.Join(' ', tokens);
    }
}
