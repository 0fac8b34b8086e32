namespace Graph.Engine.Procedures;

/// <summary>A procedure's qualified name (e.g. "db.labels") with its input and output fields. Immutable.</summary>
public sealed record ProcedureSignature(string Name, IReadOnlyList<ProcedureField> Inputs, IReadOnlyList<ProcedureField> Outputs);
