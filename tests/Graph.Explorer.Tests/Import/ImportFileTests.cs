using Graph.Core;
using Graph.Core.Values;
using Graph.Explorer.Import;

namespace Graph.Explorer.Tests.Import;

public sealed class ImportFileTests
{
    private const string NodeHeader = "key:ID,:LABEL,name,year:int,share:double,open:boolean,founded:date,aliases:string[],ranks:int[]";

    [Fact]
    public void Parse_TypedNodeFile_ReadsEveryTypeOfTheHeaderFormat()
    {
        var file = ImportFile.Parse("nodes.csv", NodeHeader + "\n" +
            "s1,School;Entity,\"上海, 信息\",2023,0.94,true,2023-04-28,a;b,1;2\n");
        var row = Assert.Single(file.Rows);
        Assert.False(file.IsRelationshipFile);
        Assert.Equal("s1", row.Key);
        Assert.Equal(["School", "Entity"], row.Labels);
        Assert.Equal("上海, 信息", row.Properties["name"]);
        Assert.Equal(2023L, row.Properties["year"]);
        Assert.Equal(0.94, row.Properties["share"]);
        Assert.Equal(true, row.Properties["open"]);
        Assert.Equal("2023-04-28", row.Properties["founded"]!.ToString());
        Assert.IsType<CypherDate>(row.Properties["founded"]);
        Assert.Equal(new object?[] { "a", "b" }, (IEnumerable<object?>)row.Properties["aliases"]!);
        Assert.Equal(new object?[] { 1L, 2L }, (IEnumerable<object?>)row.Properties["ranks"]!);
        Assert.Equal("s1", row.Properties["key"]);
    }

    [Fact]
    public void Parse_EmptyCells_ScalarsAbsentArraysEmpty()
    {
        var file = ImportFile.Parse("nodes.csv", NodeHeader + "\ns1,School,,,,,,,\n");
        var row = Assert.Single(file.Rows);
        Assert.False(row.Properties.ContainsKey("name"));
        Assert.False(row.Properties.ContainsKey("year"));
        Assert.Empty((IEnumerable<object?>)row.Properties["aliases"]!);
    }

    [Fact]
    public void Parse_RelationshipFile_ReadsEndpointsTypeAndProperties()
    {
        var file = ImportFile.Parse("rels.csv", ":START_ID,:END_ID,:TYPE,key,year:int\na,b,STUDIED_AT,a-b,2015\n");
        var row = Assert.Single(file.Rows);
        Assert.True(file.IsRelationshipFile);
        Assert.True(file.Header.HasKeyProperty);
        Assert.Equal(("a", "b", "STUDIED_AT"), (row.Start, row.End, row.Type));
        Assert.Equal(2015L, row.Properties["year"]);
        Assert.Equal(2, row.Line);
    }

    [Fact]
    public void Parse_QuotedLineBreak_LaterRowsKeepTheirPhysicalLineNumbers()
    {
        var file = ImportFile.Parse("nodes.csv", "key:ID,name\n\na,\"two\nlines\"\nb,x\n");
        Assert.Equal([3, 5], file.Rows.Select(r => r.Line));
        Assert.Equal("two\nlines", file.Rows[0].Properties["name"]);
    }

    [Fact]
    public void Parse_BadInteger_ErrorNamesFileLineAndColumn()
    {
        var error = Assert.Throws<CsvImportException>(() =>
            ImportFile.Parse("nodes-schools.csv", NodeHeader + "\ns1,School,n,2023,1,true,2023-01-01,,\ns2,School,n,abc,1,true,2023-01-01,,\n"));
        Assert.Equal(("nodes-schools.csv", 3, 4), (error.File, error.Line, error.Column));
        Assert.StartsWith("nodes-schools.csv: line 3, column 4: year:int: 'abc' is not an integer.", error.Message);
        Assert.Equal(StatusCodes.RequestInvalidFormat, error.Code);
    }

    [Theory]
    [InlineData("s1,School,n,1,1,maybe,2023-01-01,,", 6)]
    [InlineData("s1,School,n,1,x,true,2023-01-01,,", 5)]
    [InlineData("s1,School,n,1,1,true,28/04/2023,,", 7)]
    [InlineData("s1,School,n,1,1,true,2023-01-01,,1;x", 9)]
    public void Parse_BadTypedCell_ErrorPointsAtTheColumn(string line, int column)
    {
        var error = Assert.Throws<CsvImportException>(() => ImportFile.Parse("f.csv", NodeHeader + "\n" + line + "\n"));
        Assert.Equal((2, column), (error.Line, error.Column));
    }

    [Fact]
    public void Parse_WrongFieldCount_ErrorNamesLine()
    {
        var error = Assert.Throws<CsvImportException>(() => ImportFile.Parse("f.csv", "key:ID,name\na,b\nc,d,e\n"));
        Assert.Equal((3, 3), (error.Line, error.Column));
        Assert.Contains("Expected 2 fields", error.Message);
    }

    [Theory]
    [InlineData("key:ID,year:datetime", 1, 2, "not supported")]
    [InlineData("key:ID,:LABEL,name,name", 1, 4, "Duplicate property")]
    [InlineData("name,year:int", 1, 0, "needs an :ID column")]
    [InlineData(":START_ID,:END_ID,year:int", 1, 0, ":START_ID, :END_ID and :TYPE")]
    [InlineData("key:ID,:int", 1, 2, "needs a name")]
    [InlineData("key:ID,:ID", 1, 2, "More than one Id column")]
    public void Parse_BadHeader_ErrorNamesTheHeaderField(string header, int line, int column, string message)
    {
        var error = Assert.Throws<CsvImportException>(() => ImportFile.Parse("h.csv", header + "\n"));
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Parse_UnterminatedQuote_ErrorNamesTheLine()
    {
        var error = Assert.Throws<CsvImportException>(() => ImportFile.Parse("q.csv", "key:ID,name\na,ok\nb,\"open\n"));
        Assert.Equal("q.csv", error.File);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Parse_EmptyFile_Fails()
    {
        var error = Assert.Throws<CsvImportException>(() => ImportFile.Parse("e.csv", ""));
        Assert.Contains("empty", error.Message);
    }
}
