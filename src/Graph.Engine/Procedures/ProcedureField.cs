namespace Graph.Engine.Procedures;

/// <param name="Type">A Cypher type name as the TCK writes it: STRING?, INTEGER?, LIST? OF INTEGER?, NODE?...</param>
public sealed record ProcedureField(string Name, string Type);
