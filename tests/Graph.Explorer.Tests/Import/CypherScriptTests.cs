using Graph.Explorer.Import;

namespace Graph.Explorer.Tests.Import;

public sealed class CypherScriptTests
{
    [Fact]
    public void Split_SemicolonsInStringsCommentsAndNames_DoNotEndStatements()
    {
        var statements = CypherScript.Split("""
            // first; comment
            CREATE INDEX a IF NOT EXISTS FOR (n:X) ON (n.p);
            RETURN 'a;b' AS `x;y`, "c\";d" AS z /* ; */;
            // trailing comment only;
            """);
        Assert.Equal(2, statements.Count);
        Assert.Equal("CREATE INDEX a IF NOT EXISTS FOR (n:X) ON (n.p)", statements[0]);
        Assert.Equal("RETURN 'a;b' AS `x;y`, \"c\\\";d\" AS z", statements[1]);
    }

    [Fact]
    public async Task ReadSchema_RepositorySchema_HasTheEntityKeyConstraintFirst()
    {
        var statements = await SeedLoader.ReadSchemaAsync(Dataset.SeedPaths.CypherDirectory, CancellationToken.None);
        Assert.StartsWith("CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE", statements[0]);
        Assert.All(statements, s => Assert.Contains("IF NOT EXISTS", s));
    }
}
