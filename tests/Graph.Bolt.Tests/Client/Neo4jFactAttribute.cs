namespace Graph.Bolt.Tests.Client;

/// <summary>A fact that runs only when SHANHAI_NEO4J_URI names a reachable Neo4j; otherwise reported as skipped.</summary>
public sealed class Neo4jFactAttribute : FactAttribute
{
    public const string Variable = "SHANHAI_NEO4J_URI";

    public Neo4jFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"{Variable} is not set (e.g. neo4j://neo4j:password@localhost:7687).";
        }
    }
}
