namespace Graph.Engine.Tests.Tck;

public class QueryMutatorTests
{
    [Fact]
    public void Tokenize_Query_KeepsLiteralsAndOperatorsWhole()
    {
        var tokens = QueryMutator.Tokenize("MATCH (n:A {name: 'it\\'s a b'})-[:T*1..2]->(m) WHERE n.x <> 1.5e3 RETURN `odd name`");

        Assert.Contains("'it\\'s a b'", tokens);
        Assert.Contains("<>", tokens);
        Assert.Contains("1.5e3", tokens);
        Assert.Contains("..", tokens);
        Assert.Contains("->", tokens);
        Assert.Contains("`odd name`", tokens);
    }

    [Fact]
    public void Mutate_SameSeed_SameResultAndDifferentFromInput()
    {
        const string query = "MATCH (n:A) WHERE n.x > 1 RETURN n.name AS name ORDER BY name";
        var donor = QueryMutator.Tokenize("CREATE (m:B {y: [1, 2]}) SET m.z = null");

        var first = QueryMutator.Mutate(query, donor, new Random(7));
        var second = QueryMutator.Mutate(query, donor, new Random(7));

        Assert.Equal(first, second);
        Assert.NotEqual(string.Join(' ', QueryMutator.Tokenize(query)), first);
    }

    [Fact]
    public void FailAfterWrites_WriteWithoutReturn_AppendsAFailingTail()
    {
        Assert.EndsWith("RETURN 1 / (fuzzCount - fuzzCount) AS fuzzBoom", QueryMutator.FailAfterWrites("CREATE (:A)"));
        Assert.Null(QueryMutator.FailAfterWrites("CREATE (a:A) RETURN a"));
        Assert.Null(QueryMutator.FailAfterWrites("MATCH (n) WITH n WHERE n.x > 1 UNWIND [1] AS y WITH y LIMIT 1"));
    }
}
