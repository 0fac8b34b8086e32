using System.Collections.Concurrent;

namespace Graph.Engine.Procedures;

/// <summary>Name → procedure, case-insensitive as Neo4j. Thread-safe: procedures may be registered at any time.</summary>
internal sealed class ProcedureRegistry
{
    private readonly ConcurrentDictionary<string, Procedure> _procedures = new(StringComparer.OrdinalIgnoreCase);

    public ProcedureRegistry()
    {
        foreach (var procedure in BuiltinProcedures.All())
        {
            Register(procedure);
        }
    }

    public void Register(Procedure procedure) => _procedures[procedure.Signature.Name] = procedure;

    public bool TryGet(string name, out Procedure procedure) => _procedures.TryGetValue(name, out procedure!);

    public IEnumerable<Procedure> All => _procedures.Values.OrderBy(p => p.Signature.Name, StringComparer.Ordinal);
}
