using Graph.Core;
using Graph.Engine;

namespace Graph.Bolt.Tests.Support;

/// <summary>The database the end-to-end tests serve over Bolt: the real embedded engine, empty and in memory.</summary>
internal static class TestDatabases
{
    public static IGraphDatabase Create() => new EmbeddedDatabase();
}
