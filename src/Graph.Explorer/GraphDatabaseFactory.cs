using Graph.Bolt.Client;
using Graph.Core;
using Graph.Engine;

namespace Graph.Explorer;

/// <summary>
/// Turns the --graph setting into a database behind the port: embedded:&lt;dir&gt; is the in-process engine
/// (in memory until durable storage lands, so each process starts from the seed graph), bolt:// and neo4j://
/// URIs a remote server. Thread-safe (stateless).
/// </summary>
public sealed class GraphDatabaseFactory
{
    public const string EmbeddedScheme = "embedded:";

    private static readonly string[] RemoteSchemes = ["bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://"];

    public static IGraphDatabase Create(ExplorerOptions options)
    {
        var target = options.Graph.Trim();
        if (target.StartsWith(EmbeddedScheme, StringComparison.OrdinalIgnoreCase))
        {
            return new EmbeddedDatabase();
        }
        if (RemoteSchemes.Any(scheme => target.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)))
        {
            return BoltDatabase.Connect(new Uri(target),
                new BoltClientOptions { User = options.User, Password = options.Password });
        }
        throw new ArgumentException(
            $"Unknown --graph '{target}': expected embedded:<dir>, bolt://host:port or neo4j://host:port.");
    }
}
