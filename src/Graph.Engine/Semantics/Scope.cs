namespace Graph.Engine.Semantics;

/// <summary>
/// Variables visible at one point of a query, with their static types, in binding order (RETURN * lists
/// them in that order). Copied, never shared, between clauses. Not thread-safe.
/// </summary>
internal sealed class Scope
{
    private readonly Dictionary<string, SemanticType> _types = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public Scope()
    {
    }

    public Scope(Scope other)
    {
        foreach (var name in other._order)
        {
            Bind(name, other._types[name]);
        }
    }

    public IReadOnlyList<string> Names => _order;

    public bool TryGet(string name, out SemanticType type) => _types.TryGetValue(name, out type);

    public bool Contains(string name) => _types.ContainsKey(name);

    public void Bind(string name, SemanticType type)
    {
        if (_types.TryAdd(name, type))
        {
            _order.Add(name);
        }
        else
        {
            _types[name] = type;
        }
    }
}
