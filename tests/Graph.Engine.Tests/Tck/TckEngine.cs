using Graph.Core;
using Graph.Engine.Procedures;

namespace Graph.Engine.Tests.Tck;

/// <summary>The database each TCK case runs on: a fresh in-memory <see cref="EmbeddedDatabase"/> with the case's procedures.</summary>
public static class TckEngine
{
    public static readonly TckScenarioRunner Runner = new(Create);

    public static IGraphDatabase Create(IReadOnlyList<TckProcedure> procedures)
    {
        var database = new EmbeddedDatabase();
        foreach (var procedure in procedures)
        {
            var signature = new ProcedureSignature(procedure.Name,
                procedure.Inputs.Select(f => new ProcedureField(f.Name, f.Type)).ToList(),
                procedure.Outputs.Select(f => new ProcedureField(f.Name, f.Type)).ToList());
            database.RegisterProcedure(signature, (arguments, _) => procedure.Invoke(arguments));
        }
        return database;
    }
}
