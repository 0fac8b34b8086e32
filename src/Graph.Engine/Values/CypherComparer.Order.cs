using Graph.Core.Values;
using Path = Graph.Core.Values.Path;

namespace Graph.Engine.Values;

public static partial class CypherComparer
{
    // Neo4j's orderability of value groups (AnyValues.COMPARATOR / ValueGroup), which the TCK's
    // ReturnOrderBy1 [11] pins for the non-temporal types:
    // MAP < NODE < RELATIONSHIP < LIST < PATH < POINT < DATETIME < LOCALDATETIME < DATE < TIME < LOCALTIME
    //   < DURATION < STRING < BOOLEAN < NUMBER (NaN last among numbers) < NULL.
    private const int MapRank = 0;
    private const int NodeRank = 1;
    private const int RelationshipRank = 2;
    private const int ListRank = 3;
    private const int BytesRank = 4;
    private const int PathRank = 5;
    private const int PointRank = 6;
    private const int FirstTemporalRank = 7;
    private const int StringRank = 13;
    private const int BooleanRank = 14;
    private const int NumberRank = 15;
    private const int NullRank = 16;

    // The average Gregorian month, which Neo4j uses to order durations of different shapes.
    private const long AverageSecondsPerMonth = 2_629_746;

    /// <summary>
    /// The total ORDER BY order: negative when <paramref name="a"/> sorts before <paramref name="b"/> in
    /// ascending order. Values of different types sort by type; null sorts last, NaN after every number.
    /// Consistent with <see cref="Equivalence"/>: equivalent values order as 0.
    /// </summary>
    public static int Order(object? a, object? b)
    {
        var rankA = Rank(a);
        var rankB = Rank(b);
        if (rankA != rankB) return rankA.CompareTo(rankB);
        return a switch
        {
            null => 0,
            long or double => OrderNumbers(a, b!),
            string x => CompareStrings(x, (string)b!),
            bool x => x.CompareTo((bool)b!),
            IReadOnlyDictionary<string, object?> x => OrderMaps(x, (IReadOnlyDictionary<string, object?>)b!),
            Node x => x.Id.CompareTo(((Node)b!).Id) is var c && c != 0 ? c : string.CompareOrdinal(x.ElementId, ((Node)b).ElementId),
            Relationship x => x.Id.CompareTo(((Relationship)b!).Id) is var c && c != 0 ? c : string.CompareOrdinal(x.ElementId, ((Relationship)b).ElementId),
            IReadOnlyList<object?> x => OrderLists(x, (IReadOnlyList<object?>)b!),
            byte[] x => x.AsSpan().SequenceCompareTo((byte[])b!),
            Path x => OrderPaths(x, (Path)b!),
            CypherPoint x => OrderPoints(x, (CypherPoint)b!),
            _ => CompareTemporal(a, b!),
        };
    }

    private static int Rank(object? value) => value switch
    {
        null => NullRank,
        long or double => NumberRank,
        string => StringRank,
        bool => BooleanRank,
        IReadOnlyDictionary<string, object?> => MapRank,
        Node => NodeRank,
        Relationship => RelationshipRank,
        IReadOnlyList<object?> => ListRank,
        byte[] => BytesRank,
        Path => PathRank,
        CypherPoint => PointRank,
        _ when TemporalRank(value) is { } temporal => FirstTemporalRank + temporal,
        _ => throw new ArgumentException($"{value.GetType().Name} is not a Cypher value.", nameof(value)),
    };

    private static int? TemporalRank(object? value) => value switch
    {
        CypherDateTime => 0,
        CypherLocalDateTime => 1,
        CypherDate => 2,
        CypherTime => 3,
        CypherLocalTime => 4,
        CypherDuration => 5,
        _ => null,
    };

    private static int OrderNumbers(object a, object b)
    {
        var nanA = NumberComparison.IsNaN(a);
        var nanB = NumberComparison.IsNaN(b);
        if (nanA || nanB) return nanA.CompareTo(nanB);
        return NumberComparison.Compare(a, b);
    }

    private static int OrderLists(IReadOnlyList<object?> x, IReadOnlyList<object?> y)
    {
        var common = Math.Min(x.Count, y.Count);
        for (var i = 0; i < common; i++)
        {
            var element = Order(x[i], y[i]);
            if (element != 0) return element;
        }
        return x.Count.CompareTo(y.Count);
    }

    // As Neo4j: fewer entries first, then the sorted key lists, then the values in key order.
    private static int OrderMaps(IReadOnlyDictionary<string, object?> x, IReadOnlyDictionary<string, object?> y)
    {
        if (x.Count != y.Count) return x.Count.CompareTo(y.Count);
        var keysX = x.Keys.Order(StringComparer.Ordinal).ToArray();
        var keysY = y.Keys.Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < keysX.Length; i++)
        {
            var key = CompareStrings(keysX[i], keysY[i]);
            if (key != 0) return key;
        }
        foreach (var key in keysX)
        {
            var value = Order(x[key], y[key]);
            if (value != 0) return value;
        }
        return 0;
    }

    private static int OrderPaths(Path x, Path y)
    {
        var common = Math.Min(x.Relationships.Count, y.Relationships.Count);
        for (var i = 0; i < common; i++)
        {
            var node = Order(x.Nodes[i], y.Nodes[i]);
            if (node != 0) return node;
            var relationship = Order(x.Relationships[i], y.Relationships[i]);
            if (relationship != 0) return relationship;
        }
        var last = Order(x.Nodes[common], y.Nodes[common]);
        return last != 0 ? last : x.Length.CompareTo(y.Length);
    }

    private static int OrderPoints(CypherPoint x, CypherPoint y)
    {
        var c = x.Srid.CompareTo(y.Srid);
        if (c == 0) c = x.X.CompareTo(y.X);
        if (c == 0) c = x.Y.CompareTo(y.Y);
        if (c == 0) c = Nullable.Compare(x.Z, y.Z);
        return c;
    }

    /// <summary>Same-typed temporal values: instants by their point in time, then by offset and zone.</summary>
    private static int CompareTemporal(object a, object b) => (a, b) switch
    {
        (CypherDate x, CypherDate y) => x.EpochDays.CompareTo(y.EpochDays),
        (CypherLocalTime x, CypherLocalTime y) => x.NanosOfDay.CompareTo(y.NanosOfDay),
        (CypherTime x, CypherTime y) => CompareTimes(x, y),
        (CypherLocalDateTime x, CypherLocalDateTime y) => Then(x.EpochSeconds.CompareTo(y.EpochSeconds), x.Nanos.CompareTo(y.Nanos)),
        (CypherDateTime x, CypherDateTime y) => CompareDateTimes(x, y),
        (CypherDuration x, CypherDuration y) => CompareDurations(x, y),
        _ => throw new ArgumentException("Temporal values of different types have no common order."),
    };

    private static int Then(int first, int second) => first != 0 ? first : second;

    private static int CompareTimes(CypherTime x, CypherTime y)
    {
        var utcX = x.NanosOfDay - x.OffsetSeconds * 1_000_000_000L;
        var utcY = y.NanosOfDay - y.OffsetSeconds * 1_000_000_000L;
        return Then(utcX.CompareTo(utcY), x.OffsetSeconds.CompareTo(y.OffsetSeconds));
    }

    private static int CompareDateTimes(CypherDateTime x, CypherDateTime y)
    {
        var c = Then(x.EpochSeconds.CompareTo(y.EpochSeconds), x.Nanos.CompareTo(y.Nanos));
        if (c != 0) return c;
        c = x.OffsetSeconds.CompareTo(y.OffsetSeconds);
        return c != 0 ? c : string.CompareOrdinal(x.ZoneId, y.ZoneId);
    }

    private static int CompareDurations(CypherDuration x, CypherDuration y)
    {
        var averageX = (Int128)x.Months * AverageSecondsPerMonth + (Int128)x.Days * 86_400 + x.Seconds;
        var averageY = (Int128)y.Months * AverageSecondsPerMonth + (Int128)y.Days * 86_400 + y.Seconds;
        var c = Then(averageX.CompareTo(averageY), x.Nanos.CompareTo(y.Nanos));
        if (c == 0) c = x.Months.CompareTo(y.Months);
        if (c == 0) c = x.Days.CompareTo(y.Days);
        return c;
    }
}
