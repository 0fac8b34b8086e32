namespace Graph.Engine.Tests.Tck;

public class TckExpectedFailuresTests
{
    [Fact]
    public void Parse_LinesWithReasons_SkipsCommentsAndBlankLines()
    {
        var list = TckExpectedFailures.Parse(["# header", "", "a/B/[1] x # wrong result", "a/B/[2] y [3] # not run: stack overflow"]);

        Assert.Equal("wrong result", list.Reasons["a/B/[1] x"]);
        Assert.True(list.IsNotRun("a/B/[2] y [3]"));
        Assert.False(list.IsNotRun("a/B/[1] x"));
        Assert.Equal(2, list.Reasons.Count);
    }

    [Theory]
    [InlineData("a/B/[1] no reason")]
    [InlineData(" # reason without a name")]
    public void Parse_LineWithoutNameOrReason_Throws(string line)
    {
        Assert.Throws<FormatException>(() => TckExpectedFailures.Parse([line]));
    }

    [Fact]
    public void Parse_DuplicateCase_Throws()
    {
        Assert.Throws<FormatException>(() => TckExpectedFailures.Parse(["a # r1", "a # r2"]));
    }

    [Fact]
    public void Updated_AfterRun_DropsPassesAddsNewFailuresKeepsOldReasonsAndUnrunLines()
    {
        var list = TckExpectedFailures.Parse(["fixed # old", "still # old reason", "guarded # not run: hangs", "filtered # r"]);
        var results = new Dictionary<string, TckOutcome>
        {
            ["fixed"] = TckOutcome.Pass,
            ["still"] = TckOutcome.Fail("new reason", ""),
            ["new"] = TckOutcome.Fail("wrong result", ""),
            ["guarded"] = TckOutcome.Fail("not run: hangs", ""),
        };

        var updated = list.Updated(results);

        Assert.Equal(["filtered", "guarded", "new", "still"], updated.Reasons.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("old reason", updated.Reasons["still"]);
        Assert.Equal("wrong result", updated.Reasons["new"]);
    }

    [Fact]
    public void ToLines_Entries_AreSortedAfterTheHeaderAndParseBack()
    {
        var list = TckExpectedFailures.Parse(["b # 2", "a # 1"]);

        var lines = list.ToLines().ToList();

        Assert.Equal(["a # 1", "b # 2"], lines.Where(l => !l.StartsWith('#')));
        Assert.Equal(list.Reasons, TckExpectedFailures.Parse(lines).Reasons);
    }

    [Fact]
    public void CaseNames_NeverContainTheSeparator()
    {
        Assert.DoesNotContain(TckCatalog.All.Keys, name => name.Contains(TckExpectedFailures.Separator, StringComparison.Ordinal));
    }
}
