using Graph.Explorer.Import;

namespace Graph.Explorer.Tests.Import;

public sealed class SeedValidationTests
{
    private static readonly ImportFile Nodes = ImportFile.Parse("nodes-a.csv", "key:ID,:LABEL\na,School\nb,Region\n");

    [Fact]
    public void Validate_DuplicateKeyAcrossFiles_ErrorAtTheSecondDefinition()
    {
        var other = ImportFile.Parse("nodes-b.csv", "key:ID,:LABEL\nc,Person\na,Person\n");
        var error = Assert.Throws<CsvImportException>(() => SeedLoader.Validate([Nodes, other]));
        Assert.Equal(("nodes-b.csv", 3, 1), (error.File, error.Line, error.Column));
        Assert.Contains("nodes-a.csv line 2", error.Message);
    }

    [Fact]
    public void Validate_DanglingEndpoint_ErrorAtTheEndColumn()
    {
        var rels = ImportFile.Parse("rels.csv", ":START_ID,:END_ID,:TYPE\na,b,LOCATED_IN\na,zz,LOCATED_IN\n");
        var error = Assert.Throws<CsvImportException>(() => SeedLoader.Validate([Nodes, rels]));
        Assert.Equal(("rels.csv", 3, 2), (error.File, error.Line, error.Column));
        Assert.Contains("'zz'", error.Message);
    }

    [Theory]
    [InlineData("key:ID,:LABEL\nx,Bad-Label\n", "nodes-x.csv", 2, 2)]
    [InlineData(":START_ID,:END_ID,:TYPE\na,b,DROP ALL\n", "rels.csv", 2, 3)]
    public void Validate_UnsafeLabelOrType_Rejected(string text, string name, int line, int column)
    {
        var file = ImportFile.Parse(name, text);
        var error = Assert.Throws<CsvImportException>(() => SeedLoader.Validate([Nodes, file]));
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Validate_DuplicateRelationshipKey_Rejected()
    {
        var rels = ImportFile.Parse("rels.csv", ":START_ID,:END_ID,:TYPE,key\na,b,X,k1\nb,a,Y,k1\n");
        var error = Assert.Throws<CsvImportException>(() => SeedLoader.Validate([Nodes, rels]));
        Assert.Equal((3, 4), (error.Line, error.Column));
    }

    [Fact]
    public void Statements_LabelsAndTypes_AreSplicedAndRowsParameterised()
    {
        Assert.Equal("UNWIND $rows AS row\nMERGE (n:Entity {key: row.key})\nSET n += row.props\nSET n:School:Entity\nRETURN count(n) AS count",
            SeedLoader.NodeStatement(":School:Entity"));
        Assert.Contains("MERGE (a)-[r:STUDIED_AT {key: row.key}]->(b)", SeedLoader.RelationshipStatement("STUDIED_AT", keyed: true));
        Assert.Contains("MERGE (a)-[r:STUDIED_AT]->(b)", SeedLoader.RelationshipStatement("STUDIED_AT", keyed: false));
    }
}
