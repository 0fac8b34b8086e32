using System.Text.RegularExpressions;
using Graph.Core;
using Graph.Core.Values;

namespace Graph.Engine.Values;

/// <summary>
/// STARTS WITH, ENDS WITH, CONTAINS (null unless both operands are strings, TCK String8-10 [8]) and =~
/// (whole-string regular expression match; null for a null or non-string operand). Matching is ordinal.
/// Compiled patterns are cached, so the cache is the only shared state; it is thread-safe.
/// </summary>
public static class CypherStringOperators
{
    private const int MaxCachedPatterns = 256;
    private static readonly Dictionary<string, Regex> Patterns = new(StringComparer.Ordinal);
    private static readonly Lock PatternsLock = new();

    public static bool? StartsWith(object? value, object? prefix) =>
        value is string s && prefix is string p ? s.StartsWith(p, StringComparison.Ordinal) : null;

    public static bool? EndsWith(object? value, object? suffix) =>
        value is string s && suffix is string p ? s.EndsWith(p, StringComparison.Ordinal) : null;

    public static bool? Contains(object? value, object? part) =>
        value is string s && part is string p ? s.Contains(p, StringComparison.Ordinal) : null;

    /// <summary>Cypher <c>value =~ pattern</c>; an invalid pattern is an ArgumentError (InvalidArgumentValue).</summary>
    public static bool? RegexMatch(object? value, object? pattern)
    {
        if (value is not string text || pattern is not string source) return null;
        return Compile(source).IsMatch(text);
    }

    private static Regex Compile(string source)
    {
        lock (PatternsLock)
        {
            if (Patterns.TryGetValue(source, out var cached)) return cached;
        }
        Regex regex;
        try
        {
            // Anchored: =~ matches the whole string, as Java's Pattern.matches does.
            regex = new Regex(@"\A(?:" + source + @")\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(10));
        }
        catch (ArgumentException e)
        {
            throw new GraphException(StatusCodes.ArgumentError,
                $"Invalid Regex: {e.Message}", "InvalidArgumentValue");
        }
        lock (PatternsLock)
        {
            if (Patterns.Count >= MaxCachedPatterns) Patterns.Clear();
            Patterns[source] = regex;
        }
        return regex;
    }
}
