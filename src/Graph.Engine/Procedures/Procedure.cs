using Graph.Engine.Execution;

namespace Graph.Engine.Procedures;

/// <summary>
/// A registered procedure. Built-in ones read the graph, so their body receives the execution context;
/// user-registered ones get only their arguments. Immutable.
/// </summary>
internal sealed record Procedure(ProcedureSignature Signature, Func<QueryContext, IReadOnlyList<object?>, IEnumerable<object?[]>> Invoke)
{
    /// <summary>True for procedures that write (none of the built-ins); user procedures are assumed read-only.</summary>
    public bool Writes { get; init; }
}
