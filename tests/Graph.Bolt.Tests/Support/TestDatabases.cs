using Graph.Core;

namespace Graph.Bolt.Tests.Support;

/// <summary>The database the end-to-end tests serve over Bolt.</summary>
internal static class TestDatabases
{
    public static IGraphDatabase Create() => new FakeGraphDatabase();
}
