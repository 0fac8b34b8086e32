using Graph.Core;
using Graph.Cypher;
using Graph.Cypher.Diagnostics;
using Graph.Engine.Semantics;

namespace Graph.Engine.Tests.Semantics;

public class SemanticAnalyzerTests
{
    private static IReadOnlyList<Diagnostic> Analyze(string text)
    {
        var parsed = CypherParser.Parse(text);
        Assert.True(parsed.Success, string.Join("\n", parsed.Diagnostics.Select(d => d.Message)));
        return SemanticAnalyzer.Analyze(parsed.Statement!, text);
    }

    [Theory]
    [InlineData("MATCH (n) RETURN m", ErrorDetails.UndefinedVariable, "m")]
    [InlineData("MATCH (a) WITH a.x AS x RETURN a", ErrorDetails.UndefinedVariable, "a")]
    [InlineData("MATCH (n) WHERE (n)-[r]->() RETURN n", ErrorDetails.UndefinedVariable, "r")]
    [InlineData("RETURN {k1: k2} AS literal", ErrorDetails.UndefinedVariable, "k2")]
    [InlineData("MATCH (r) MATCH ()-[r]-() RETURN r", ErrorDetails.VariableTypeConflict, "r]")]
    [InlineData("WITH true AS n MATCH (n) RETURN n", ErrorDetails.VariableTypeConflict, "n)")]
    [InlineData("MATCH p = (p)-[]-() RETURN p", ErrorDetails.VariableAlreadyBound, "p =")]
    [InlineData("MATCH (a) CREATE (a {name: 'foo'}) RETURN a", ErrorDetails.VariableAlreadyBound, "a {")]
    [InlineData("MATCH ()-[r]->() CREATE ()-[r:R]->()", ErrorDetails.VariableAlreadyBound, "r:R")]
    [InlineData("CREATE ()-->()", ErrorDetails.NoSingleRelationshipType, "-->")]
    [InlineData("CREATE (a)-[:FOO]-(b)", ErrorDetails.RequiresDirectedRelationship, "-[:FOO]-")]
    [InlineData("CREATE ()-[:FOO*2]->()", ErrorDetails.CreatingVarLength, "-[:FOO*2]->")]
    [InlineData("MATCH (n $param) RETURN n", ErrorDetails.InvalidParameterUse, "$param")]
    [InlineData("MATCH (a)-[r]->()-[r]->(a) RETURN r", ErrorDetails.RelationshipUniquenessViolation, "r]->(a)")]
    public void Analyze_BindingError_ReportsDetailAtVariable(string text, string detail, string at)
    {
        var diagnostic = Assert.Single(Analyze(text));

        Assert.Equal(StatusCodes.SyntaxError, diagnostic.Code);
        Assert.Equal(detail, diagnostic.Detail);
        Assert.Equal(text.LastIndexOf(at, StringComparison.Ordinal), diagnostic.Span.Start);
    }

    [Theory]
    [InlineData("MATCH (a) WHERE count(a) > 10 RETURN a", ErrorDetails.InvalidAggregation)]
    [InlineData("RETURN count(count(*))", ErrorDetails.NestedAggregation)]
    [InlineData("RETURN count(rand())", ErrorDetails.NonConstantExpression)]
    [InlineData("MATCH (n) RETURN n.num1 ORDER BY max(n.num2)", ErrorDetails.InvalidAggregation)]
    [InlineData("MATCH (me)--(you) RETURN me.age + count(you.age)", ErrorDetails.AmbiguousAggregationExpression)]
    [InlineData("MATCH (me)--(you) WITH me.age + you.age, count(*) AS cnt ORDER BY me.age + you.age + count(*) RETURN *", ErrorDetails.AmbiguousAggregationExpression)]
    [InlineData("MATCH (a) RETURN DISTINCT a.name ORDER BY a.age", ErrorDetails.UndefinedVariable)]
    [InlineData("MATCH (n) RETURN [x IN [1, 2] | count(*)]", ErrorDetails.InvalidAggregation)]
    [InlineData("MATCH (a) WITH a, count(*) RETURN a", ErrorDetails.NoExpressionAlias)]
    [InlineData("RETURN 1 AS a, 2 AS a", ErrorDetails.ColumnNameConflict)]
    [InlineData("MATCH () RETURN *", ErrorDetails.NoVariablesInScope)]
    [InlineData("MATCH (n) RETURN n SKIP n.count", ErrorDetails.NonConstantExpression)]
    [InlineData("MATCH (n) RETURN n LIMIT -1", ErrorDetails.NegativeIntegerArgument)]
    [InlineData("MATCH (n) RETURN n LIMIT 1.5", ErrorDetails.InvalidArgumentType)]
    [InlineData("RETURN 1 AS a UNION RETURN 2 AS b", ErrorDetails.DifferentColumnsInUnion)]
    [InlineData("RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a", ErrorDetails.InvalidClauseComposition)]
    [InlineData("MATCH (n) WHERE exists { MATCH (n)-->(m) SET m.p = 1 } RETURN n", ErrorDetails.InvalidClauseComposition)]
    [InlineData("MATCH (n) DELETE n:Person", ErrorDetails.InvalidDelete)]
    [InlineData("MATCH () DELETE 1 + 1", ErrorDetails.InvalidArgumentType)]
    [InlineData("RETURN 123 AND true", ErrorDetails.InvalidArgumentType)]
    [InlineData("RETURN 1 IN 'foo'", ErrorDetails.InvalidArgumentType)]
    [InlineData("RETURN any(x IN ['a'] WHERE x % 2 = 0) AS r", ErrorDetails.InvalidArgumentType)]
    [InlineData("MATCH p = (a) RETURN labels(p)", ErrorDetails.InvalidArgumentType)]
    [InlineData("MATCH (n) RETURN length(n)", ErrorDetails.InvalidArgumentType)]
    [InlineData("MATCH (a) RETURN foo(a)", ErrorDetails.UnknownFunction)]
    [InlineData("MATCH (n) RETURN (n)-[]->()", ErrorDetails.UnexpectedSyntax)]
    [InlineData("MATCH (n) WHERE (n) RETURN n", ErrorDetails.InvalidArgumentType)]
    [InlineData("MATCH (n)", ErrorDetails.InvalidClauseComposition)]
    [InlineData("CALL db.labels() YIELD * RETURN label", ErrorDetails.UnexpectedSyntax)]
    public void Analyze_InvalidQuery_ReportsDetail(string text, string detail)
    {
        var diagnostics = Analyze(text);

        Assert.NotEmpty(diagnostics);
        Assert.Equal(detail, diagnostics[0].Detail);
        Assert.Equal(StatusCodes.SyntaxError, diagnostics[0].Code);
    }

    [Theory]
    [InlineData("MATCH (a)-[r]->(b) WITH a, count(r) AS c ORDER BY c DESC RETURN a.name, c")]
    [InlineData("MATCH (a) WITH DISTINCT a.name2 AS name WHERE a.name2 = 'B' RETURN *")]
    [InlineData("MATCH (n) OPTIONAL MATCH (n)-[r]->(m) RETURN size([x IN collect(r) WHERE x <> null]) AS cn")]
    [InlineData("MATCH (n) WHERE (n)-->() AND NOT exists((n)<--()) RETURN n")]
    [InlineData("MATCH (n) RETURN [(n)-->(m) | m.name] AS names, COUNT { (n)-->() } AS c")]
    [InlineData("UNWIND [1, 2] AS x WITH x ORDER BY x RETURN collect(x) AS xs")]
    [InlineData("MATCH () CREATE () WITH * CREATE ()")]
    [InlineData("MERGE (a:A {k: 1}) ON CREATE SET a.c = 1 MERGE (a)-[:R]-(b:B) RETURN a, b")]
    [InlineData("CALL db.labels()")]
    [InlineData("FOREACH (x IN [1, 2] | CREATE (:N {v: x}))")]
    [InlineData("MATCH (n) CALL { WITH n RETURN n.x AS y } RETURN n, y")]
    [InlineData("MATCH (a) RETURN a.age AS age, count(*) AS c ORDER BY age + c")]
    [InlineData("RETURN reduce(s = 0, x IN [1, 2] | s + x) AS total, -9223372036854775808 AS min")]
    public void Analyze_ValidQuery_ReportsNothing(string text)
    {
        Assert.Empty(Analyze(text));
    }

    [Fact]
    public void Analyze_NestedListsWithinDepthLimit_ReportsNothing()
    {
        var text = "RETURN " + string.Concat(Enumerable.Repeat("[", 60)) + "1" + string.Concat(Enumerable.Repeat("]", 60));

        Assert.Empty(Analyze(text));
    }
}
