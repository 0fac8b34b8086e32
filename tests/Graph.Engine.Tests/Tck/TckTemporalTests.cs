namespace Graph.Engine.Tests.Tck;

/// <summary>
/// The openCypher TCK cases of expressions/temporal, one xunit case each. Split by folder into three classes so xunit
/// runs them in parallel; the summary is written once after all of them (TckTestFramework).
/// </summary>
public class TckTemporalTests
{
    public static IEnumerable<object[]> Cases() => TckCatalog.Names(f => f == "expressions/temporal");

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Case(string name) => TckTheory.RunAsync(name, TckEngine.Runner);
}
