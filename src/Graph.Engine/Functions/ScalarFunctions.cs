using Graph.Core.Values;
using Graph.Engine.Values;
using static Graph.Engine.Functions.FunctionArguments;

namespace Graph.Engine.Functions;

/// <summary>
/// Scalar functions on any value (Neo4j 5 "Scalar functions"): coalesce, nullIf, keys and properties of a
/// map (the executor resolves them for stored entities), isEmpty, valueType, randomUUID.
/// Thread-safe (stateless).
/// </summary>
internal static class ScalarFunctions
{
    public static void Register(FunctionRegistry registry)
    {
        registry.Add(new FunctionDefinition("coalesce", 1, int.MaxValue, (a, _) => Coalesce(a)));
        registry.Add(new FunctionDefinition("nullif", 2, 2, (a, _) => CypherComparer.Equal(a[0], a[1]) == true ? null : a[0]));
        registry.Add(Unary("keys", value => Properties("keys", value).Keys.Cast<object?>().ToList()));
        registry.Add(Unary("properties", value => Properties("properties", value)));
        registry.Add(Unary("isempty", IsEmpty));
        registry.Add(new FunctionDefinition("valuetype", 1, 1, (a, _) => ValueTypes.Of(a[0])));
        registry.Add(new FunctionDefinition("randomuuid", 0, 0, (_, _) => Guid.NewGuid().ToString()) { IsDeterministic = false });
    }

    private static object? Coalesce(ReadOnlySpan<object?> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument is not null) return argument;
        }
        return null;
    }

    // Entities carry the properties read when the value was produced; the executor answers keys() and
    // properties() of stored entities itself, so this snapshot path only serves values that left the store.
    private static IReadOnlyDictionary<string, object?> Properties(string function, object value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        Node node => node.Properties,
        Relationship relationship => relationship.Properties,
        _ => throw InvalidType(function, value, "MAP, NODE or RELATIONSHIP"),
    };

    private static object IsEmpty(object value) => value switch
    {
        string text => text.Length == 0,
        IReadOnlyList<object?> list => list.Count == 0,
        IReadOnlyDictionary<string, object?> map => map.Count == 0,
        _ => throw InvalidType("isEmpty", value, "STRING, LIST or MAP"),
    };
}
