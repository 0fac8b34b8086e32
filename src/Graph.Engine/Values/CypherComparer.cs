using Graph.Core;
using Graph.Core.Values;

namespace Graph.Engine.Values;

/// <summary>
/// Cypher's three relations between values (openCypher CIP2016-06-14 "Comparability and equality"):
/// <list type="bullet">
/// <item><see cref="Equal"/>: the ternary <c>=</c>; null when the answer depends on a null.</item>
/// <item><see cref="Compare"/> and <see cref="LessThan"/> etc.: the ternary <c>&lt; &lt;= &gt; &gt;=</c>; only
/// numbers, strings, booleans, same-typed instants and lists of those are comparable.</item>
/// <item><see cref="Order"/>: the total ORDER BY order across all types; <see cref="Equivalence"/>: the
/// DISTINCT / grouping relation (null ≡ null, NaN ≡ NaN, 1 ≡ 1.0).</item>
/// </list>
/// Thread-safe (stateless).
/// </summary>
public static partial class CypherComparer
{
    /// <summary>DISTINCT, grouping keys, IN-list de-duplication: null ≡ null, NaN ≡ NaN, 1 ≡ 1.0.</summary>
    public static IEqualityComparer<object?> Equivalence { get; } = new EquivalenceComparer();

    /// <summary>Cypher <c>a = b</c>: null if either side is null or the answer hinges on nested nulls.</summary>
    public static bool? Equal(object? a, object? b)
    {
        if (a is null || b is null) return null;
        if (NumberComparison.IsNumber(a))
        {
            if (!NumberComparison.IsNumber(b) || NumberComparison.IsNaN(a) || NumberComparison.IsNaN(b)) return false;
            return NumberComparison.Compare(a, b) == 0;
        }
        return (a, b) switch
        {
            (IReadOnlyDictionary<string, object?> x, IReadOnlyDictionary<string, object?> y) => MapsEqual(x, y),
            (IReadOnlyDictionary<string, object?>, _) or (_, IReadOnlyDictionary<string, object?>) => false,
            (IReadOnlyList<object?> x, IReadOnlyList<object?> y) => ListsEqual(x, y),
            (byte[] x, byte[] y) => x.AsSpan().SequenceEqual(y),
            _ => a.Equals(b),
        };
    }

    /// <summary>The ternary IN: true if some element equals the value, else null if some comparison was null.</summary>
    public static bool? In(object? value, object? list)
    {
        if (list is null) return null;
        if (list is not IReadOnlyList<object?> elements)
        {
            throw new GraphException(StatusCodes.TypeError,
                $"Expected a list on the right of IN but got a value of type {CypherValue.TypeName(list)}.",
                "InvalidArgumentType");
        }
        var unknown = false;
        foreach (var element in elements)
        {
            var equal = CypherComparer.Equal(value, element);
            if (equal == true) return true;
            unknown |= equal is null;
        }
        return unknown ? null : false;
    }

    /// <summary>Cypher <c>a &lt;&gt; b</c>.</summary>
    public static bool? NotEqual(object? a, object? b) => !Equal(a, b);

    /// <summary>
    /// Sign of the comparison, or null when either side is null, the types are not comparable, or a NaN is
    /// involved. NaN makes every ordering predicate false rather than null, so operators should use
    /// <see cref="LessThan"/>, <see cref="LessThanOrEqual"/>, <see cref="GreaterThan"/>,
    /// <see cref="GreaterThanOrEqual"/> instead of mapping this sign themselves.
    /// </summary>
    public static int? Compare(object? a, object? b) => Comparability(a, b) switch
    {
        Comparison.Less => -1,
        Comparison.Equal => 0,
        Comparison.Greater => 1,
        _ => null,
    };

    public static bool? LessThan(object? a, object? b) => Test(Comparability(a, b), c => c < 0);

    public static bool? LessThanOrEqual(object? a, object? b) => Test(Comparability(a, b), c => c <= 0);

    public static bool? GreaterThan(object? a, object? b) => Test(Comparability(a, b), c => c > 0);

    public static bool? GreaterThanOrEqual(object? a, object? b) => Test(Comparability(a, b), c => c >= 0);

    private static bool? Test(Comparison comparison, Func<int, bool> predicate) => comparison switch
    {
        Comparison.Unknown => null,
        Comparison.Unordered => false,
        _ => predicate((int)comparison),
    };

    private static bool? ListsEqual(IReadOnlyList<object?> x, IReadOnlyList<object?> y)
    {
        // Lists of different sizes are unequal even when they hold nulls: [[1]] = [[1], [null]] is false.
        if (x.Count != y.Count) return false;
        var unknown = false;
        for (var i = 0; i < x.Count; i++)
        {
            var element = Equal(x[i], y[i]);
            if (element == false) return false;
            unknown |= element is null;
        }
        return unknown ? null : true;
    }

    private static bool? MapsEqual(IReadOnlyDictionary<string, object?> x, IReadOnlyDictionary<string, object?> y)
    {
        if (x.Count != y.Count) return false;
        foreach (var key in x.Keys)
        {
            if (!y.ContainsKey(key)) return false;
        }
        var unknown = false;
        foreach (var (key, value) in x)
        {
            var element = Equal(value, y[key]);
            if (element == false) return false;
            unknown |= element is null;
        }
        return unknown ? null : true;
    }

    private enum Comparison
    {
        Less = -1,
        Equal = 0,
        Greater = 1,
        // Null result: a null operand or incomparable types.
        Unknown = 2,
        // A NaN operand: every ordering predicate is false.
        Unordered = 3,
    }

    private static Comparison FromSign(int sign) => sign < 0 ? Comparison.Less : sign > 0 ? Comparison.Greater : Comparison.Equal;

    private static Comparison Comparability(object? a, object? b)
    {
        if (a is null || b is null) return Comparison.Unknown;
        if (NumberComparison.IsNumber(a) && NumberComparison.IsNumber(b))
        {
            if (NumberComparison.IsNaN(a) || NumberComparison.IsNaN(b)) return Comparison.Unordered;
            return FromSign(NumberComparison.Compare(a, b));
        }
        return (a, b) switch
        {
            (string x, string y) => FromSign(CompareStrings(x, y)),
            (bool x, bool y) => FromSign(x.CompareTo(y)),
            (IReadOnlyDictionary<string, object?>, _) or (_, IReadOnlyDictionary<string, object?>) => Comparison.Unknown,
            (IReadOnlyList<object?> x, IReadOnlyList<object?> y) => ListComparability(x, y),
            (CypherDuration, _) or (_, CypherDuration) => Comparison.Unknown,
            _ when TemporalRank(a) is { } rank && rank == TemporalRank(b) => FromSign(CompareTemporal(a, b)),
            _ => Comparison.Unknown,
        };
    }

    private static Comparison ListComparability(IReadOnlyList<object?> x, IReadOnlyList<object?> y)
    {
        var common = Math.Min(x.Count, y.Count);
        for (var i = 0; i < common; i++)
        {
            var element = Comparability(x[i], y[i]);
            if (element != Comparison.Equal) return element;
        }
        return FromSign(x.Count.CompareTo(y.Count));
    }

    /// <summary>Ordinal by Unicode code point (not UTF-16 unit), as Neo4j orders strings.</summary>
    internal static int CompareStrings(string x, string y)
    {
        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            var cx = x[i];
            var cy = y[i];
            if (cx == cy) continue;
            // Surrogates (U+D800..U+DFFF) encode code points above U+FFFF, so they must sort after U+E000..U+FFFF.
            if (cx >= 0xD800 && cy >= 0xD800)
            {
                return CodePointKey(cx).CompareTo(CodePointKey(cy));
            }
            return cx.CompareTo(cy);
        }
        return x.Length.CompareTo(y.Length);
    }

    private static int CodePointKey(char c) => c >= 0xE000 ? c - 0x800 : c + 0x2000;
}
