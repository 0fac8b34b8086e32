namespace Graph.Engine.Tests.Tck;

public class TckCatalogTests
{
    [Fact]
    public void Load_WholeTck_ExpandsEveryOutlineRowExceptIgnored()
    {
        // NOTES.md §2: 3,897 executable cases, one of them tagged @ignore.
        Assert.Equal(3896, TckCatalog.All.Count);
    }

    [Theory]
    [InlineData("clauses/match", 381)]
    [InlineData("clauses/with-orderBy", 292)]
    [InlineData("expressions/temporal", 1004)]
    [InlineData("expressions/quantifier", 604)]
    [InlineData("expressions/graph", 60)]
    [InlineData("useCases/triadicSelection", 19)]
    public void Load_Folder_HasTheInventoryCount(string folder, int expected)
    {
        Assert.Equal(expected, TckCatalog.All.Values.Count(c => c.Folder == folder));
    }

    [Fact]
    public void Load_EveryCase_HasExactlyOneQueryUnderTestAndAnExpectation()
    {
        foreach (var tckCase in TckCatalog.All.Values)
        {
            Assert.Single(tckCase.Steps.OfType<TckStep.Query>(), q => !q.IsControl);
            Assert.Contains(tckCase.Steps, s => s is TckStep.ExpectRows or TckStep.ExpectEmpty or TckStep.ExpectError);
        }
    }

    [Fact]
    public void Load_OutlineRow_FillsPlaceholdersAndNumbersTheRow()
    {
        var rows = TckCatalog.All.Values.Where(c => c.Name.StartsWith("expressions/temporal/Temporal1/", StringComparison.Ordinal)
            && c.Name.EndsWith(" [1]", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.DoesNotContain("<", r.Steps.OfType<TckStep.Query>().Single().Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_Background_IsPrependedToEveryScenarioOfItsFeature()
    {
        var match5 = TckCatalog.All.Values.Where(c => c.Name.StartsWith("clauses/match/Match5/", StringComparison.Ordinal)).ToList();

        Assert.Equal(29, match5.Count);
        Assert.All(match5, c => Assert.IsType<TckStep.Setup>(c.Steps[1]));
    }

    [Fact]
    public void Load_EscapedTableCell_IsUnescapedByGherkinThenByTheValueParser()
    {
        var literal = TckCatalog.All.Values.Single(c => c.Name.StartsWith("expressions/literals/Literals6/[5] ", StringComparison.Ordinal));
        var rows = literal.Steps.OfType<TckStep.ExpectRows>().Single();

        Assert.Equal(new TckValue.Scalar("a\\bcn5t'\"\\//\\\"'"), rows.Rows[0][0]);
    }

    [Fact]
    public void Load_ProcedureStep_ParsesSignatureAndTable()
    {
        var call = TckCatalog.All.Values.First(c => c.Steps.OfType<TckStep.Procedure>()
            .Any(p => p.Definition.Inputs.Count == 2 && p.Definition.Outputs.Count == 2));
        var procedure = call.Steps.OfType<TckStep.Procedure>().Single().Definition;

        Assert.Equal("test.my.proc", procedure.Name);
        Assert.Equal([("name", "STRING?"), ("id", "INTEGER?")], procedure.Inputs);
        Assert.Equal([("city", "STRING?"), ("country_code", "INTEGER?")], procedure.Outputs);
        Assert.NotEmpty(procedure.Rows);
    }
}
