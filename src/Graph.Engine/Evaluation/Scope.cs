namespace Graph.Engine.Evaluation;

/// <summary>
/// The variables visible at one point of a query and the row slots holding them. Immutable: binding a
/// variable returns a new scope, so a clause can keep the scope it started from.
/// </summary>
internal sealed class Scope
{
    private readonly Dictionary<string, int> _slots;

    public static Scope Empty { get; } = new(new Dictionary<string, int>(StringComparer.Ordinal));

    private Scope(Dictionary<string, int> slots) => _slots = slots;

    public IEnumerable<string> Names => _slots.Keys;

    public IReadOnlyDictionary<string, int> Slots => _slots;

    public bool TryGet(string name, out int slot) => _slots.TryGetValue(name, out slot);

    public bool Contains(string name) => _slots.ContainsKey(name);

    public Scope With(string name, int slot) => new(new Dictionary<string, int>(_slots, StringComparer.Ordinal) { [name] = slot });
}
