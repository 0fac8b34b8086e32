namespace Graph.Engine.Functions;

/// <summary>
/// Name → function lookup for scalar functions that need no graph access. Graph functions (labels, type,
/// id, properties of entities, nodes/relationships of paths) and aggregates live in the executor.
/// Built once; read-only afterwards, so thread-safe for lookups.
/// </summary>
public sealed class FunctionRegistry
{
    private readonly Dictionary<string, FunctionDefinition> _functions = new(StringComparer.OrdinalIgnoreCase);

    public static FunctionRegistry Builtins { get; } = BuiltinFunctions.Create();

    public IEnumerable<string> Names => _functions.Keys;

    public void Add(FunctionDefinition function)
    {
        if (!_functions.TryAdd(function.Name, function))
        {
            throw new InvalidOperationException($"Function '{function.Name}' is registered twice.");
        }
    }

    public bool TryGet(string name, out FunctionDefinition function) =>
        _functions.TryGetValue(name, out function!);
}
