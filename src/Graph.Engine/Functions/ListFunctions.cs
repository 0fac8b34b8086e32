using Graph.Core;
using Graph.Core.Values;
using static Graph.Engine.Functions.FunctionArguments;

namespace Graph.Engine.Functions;

/// <summary>
/// List functions (Neo4j 5 "List functions" and the list half of "Scalar functions"): range, head, last,
/// tail, size. A null list gives null. Thread-safe (stateless).
/// </summary>
internal static class ListFunctions
{
    // range() materialises its list; beyond this many elements a query is almost surely a mistake, and
    // failing cleanly beats exhausting memory.
    private const long MaxRangeSize = 100_000_000;

    public static void Register(FunctionRegistry registry)
    {
        registry.Add(new FunctionDefinition("range", 2, 3, (a, _) => Range(a)));
        registry.Add(Unary("head", value => List("head", value) is { Count: > 0 } list ? list[0] : null));
        registry.Add(Unary("last", value => List("last", value) is { Count: > 0 } list ? list[^1] : null));
        registry.Add(Unary("tail", value => List("tail", value).Skip(1).ToList()));
        registry.Add(Unary("size", Size));
    }

    private static object Size(object value) => value switch
    {
        string text => (long)CodePoints.Count(text),
        IReadOnlyList<object?> list => (long)list.Count,
        _ => throw InvalidType("size", value, "STRING or LIST"),
    };

    private static object? Range(ReadOnlySpan<object?> a)
    {
        if (a[0] is null || a[1] is null || (a.Length > 2 && a[2] is null)) return null;
        var start = RangeArgument(a[0], "start");
        var end = RangeArgument(a[1], "end");
        var step = a.Length > 2 ? RangeArgument(a[2], "step") : 1L;
        if (step == 0) throw OutOfRange("range", "step argument to range() can't be 0.");
        if ((step > 0 && start > end) || (step < 0 && start < end)) return new List<object?>();
        var count = (Int128)end - start;
        count = count / step + 1;
        if (count > MaxRangeSize)
        {
            throw OutOfRange("range", $"the range would hold {count} elements; at most {MaxRangeSize} are allowed.");
        }
        var result = new List<object?>((int)count);
        for (var i = 0L; i < (long)count; i++) result.Add(start + i * step);
        return result;
    }

    // The TCK (List11 [5]) expects an ArgumentError, not a TypeError, for non-integer bounds and steps.
    private static long RangeArgument(object? value, string name) => value as long? ??
        throw new GraphException(StatusCodes.ArgumentError,
            $"Invalid input for range(): {name} must be an INTEGER, but was {CypherValue.TypeName(value)}.",
            "InvalidArgumentType");
}
