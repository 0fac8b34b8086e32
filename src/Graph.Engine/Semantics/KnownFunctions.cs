using Graph.Engine.Functions;

namespace Graph.Engine.Semantics;

/// <summary>
/// Function names the analyzer accepts: the scalar registry plus what the executor implements itself (graph
/// functions, aggregates, list/path functions that need entities) and Neo4j 5's documented catalogue, so a
/// function not registered yet fails at run time with a clear message rather than as UnknownFunction.
/// Immutable after type initialization; thread-safe.
/// </summary>
internal static class KnownFunctions
{
    public static readonly HashSet<string> Aggregates = new(StringComparer.OrdinalIgnoreCase)
    {
        "count", "collect", "sum", "avg", "min", "max", "stDev", "stDevP", "percentileCont", "percentileDisc",
    };

    private static readonly HashSet<string> Catalogue = new(StringComparer.OrdinalIgnoreCase)
    {
        // Graph and entity functions (executor).
        "id", "elementId", "labels", "type", "properties", "keys", "size", "length", "nodes", "relationships",
        "startNode", "endNode", "exists", "coalesce", "head", "last", "tail", "isEmpty", "reverse", "range",
        "timestamp", "randomUUID", "rand",
        // Scalar, string, numeric, conversion, list and spatial functions of Neo4j 5.
        "abs", "ceil", "floor", "round", "sign", "sqrt", "exp", "log", "log10", "e", "pi", "sin", "cos", "tan",
        "cot", "asin", "acos", "atan", "atan2", "degrees", "radians", "haversin", "isNaN",
        "toString", "toStringOrNull", "toInteger", "toIntegerOrNull", "toFloat", "toFloatOrNull",
        "toBoolean", "toBooleanOrNull", "toIntegerList", "toFloatList", "toBooleanList", "toStringList",
        "toLower", "toUpper", "lower", "upper", "trim", "ltrim", "rtrim", "btrim", "replace", "split",
        "substring", "left", "right", "char_length", "character_length", "normalize", "valueType",
        "nullIf", "point", "distance", "point.distance", "point.withinBBox",
        // Temporal constructors and helpers.
        "date", "datetime", "localdatetime", "time", "localtime", "duration",
        "date.truncate", "datetime.truncate", "localdatetime.truncate", "time.truncate", "localtime.truncate",
        "date.transaction", "date.statement", "date.realtime", "datetime.transaction", "datetime.statement",
        "datetime.realtime", "datetime.fromepoch", "datetime.fromepochmillis", "localdatetime.transaction",
        "localdatetime.statement", "localdatetime.realtime", "time.transaction", "time.statement", "time.realtime",
        "localtime.transaction", "localtime.statement", "localtime.realtime",
        "duration.between", "duration.inMonths", "duration.inDays", "duration.inSeconds",
    };

    public static bool IsAggregate(string name) => Aggregates.Contains(name);

    public static bool IsKnown(string name) =>
        Catalogue.Contains(name) || Aggregates.Contains(name) || FunctionRegistry.Builtins.TryGet(name, out _);

    /// <summary>Argument count bounds when the registry knows the function; null when unknown.</summary>
    public static (int Min, int Max)? Arity(string name) =>
        FunctionRegistry.Builtins.TryGet(name, out var definition)
            ? (definition.MinArguments, definition.MaxArguments)
            : null;
}
