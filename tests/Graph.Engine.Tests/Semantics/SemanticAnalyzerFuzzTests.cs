using Graph.Core;
using Graph.Cypher;
using Graph.Engine.Semantics;

namespace Graph.Engine.Tests.Semantics;

/// <summary>
/// Mutated queries that still parse must be analyzed without exceptions: only diagnostics (seeded, so a
/// failure reproduces).
/// </summary>
public class SemanticAnalyzerFuzzTests
{
    private static readonly string[] Seeds =
    [
        "MATCH (a:A)-[r:R*1..2]->(b) WHERE a.x > 1 WITH a, count(r) AS c ORDER BY c DESC RETURN a.name AS n, c",
        "MERGE (n:P {k: $k}) ON CREATE SET n.c = 1 WITH n MATCH p = (n)-->(m) RETURN p, nodes(p), m {.a, b: n.k}",
        "UNWIND [1, 2, 3] AS x WITH x, [y IN range(1, x) WHERE y % 2 = 0 | y] AS l RETURN x, reduce(s = 0, z IN l | s + z) AS total",
        "MATCH (n) WHERE EXISTS { MATCH (n)-->(m) WHERE m.v = 1 } AND any(k IN keys(n) WHERE k STARTS WITH 'a') RETURN n UNION RETURN 1 AS n",
        "MATCH (a), (b) CREATE (a)-[:T {w: a.w + b.w}]->(b) WITH a CALL { WITH a RETURN a.x AS ax } RETURN ax ORDER BY ax LIMIT 3",
    ];

    private static readonly string[] Words = ["a", "b", "n", "x", "count(*)", "collect(a)", "WITH a", "RETURN *", "DISTINCT", "AS b", ", a", "(a)", "-->", "1.5", "-1"];

    [Fact]
    public void Analyze_MutatedQueries_OnlyDiagnostics()
    {
        var random = new Random(7);
        var analyzed = 0;
        for (var i = 0; i < 4000; i++)
        {
            var text = Seeds[random.Next(Seeds.Length)];
            for (var m = 0; m < 1 + random.Next(3); m++)
            {
                var at = random.Next(text.Length);
                text = random.Next(2) == 0
                    ? text.Remove(at, Math.Min(1 + random.Next(8), text.Length - at))
                    : text.Insert(at, " " + Words[random.Next(Words.Length)] + " ");
            }
            var parsed = CypherParser.Parse(text);
            if (!parsed.Success)
            {
                continue;
            }
            analyzed++;
            foreach (var diagnostic in SemanticAnalyzer.Analyze(parsed.Statement!, text))
            {
                Assert.Equal(StatusCodes.SyntaxError, diagnostic.Code);
                Assert.NotNull(diagnostic.Detail);
                Assert.InRange(diagnostic.Span.Start, 0, text.Length);
            }
        }
        Assert.True(analyzed > 100, $"only {analyzed} mutants parsed");
    }
}
