namespace Graph.Engine.Procedures;

/// <summary>
/// A procedure's implementation: arguments (already coerced to the input types) in, rows of output values
/// (aligned with the signature's outputs) out. Called on the query's thread; enumerate lazily if large.
/// </summary>
public delegate IEnumerable<object?[]> ProcedureBody(IReadOnlyList<object?> arguments, CancellationToken ct);
