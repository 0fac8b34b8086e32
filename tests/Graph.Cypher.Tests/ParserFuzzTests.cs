using Graph.Core;

namespace Graph.Cypher.Tests;

/// <summary>
/// Random mutations of valid queries (delete, duplicate, swap, insert a symbol) must give a statement or
/// diagnostics: never another exception, never a hang. Seeded so failures reproduce.
/// </summary>
public class ParserFuzzTests
{
    private static readonly string[] Seeds =
    [
        "MATCH (a:A {x: 1})-[r:R*1..2]->(b) WHERE a.x > 1 AND b.y IN [1, 2] RETURN a, count(*) ORDER BY a.x SKIP 1 LIMIT 2",
        "MERGE (n:P {k: $k}) ON CREATE SET n.c = 1 ON MATCH SET n += {s: true} REMOVE n:Old DETACH DELETE n",
        "WITH [x IN range(1, 5) WHERE x % 2 = 0 | x ^ 2] AS l UNWIND l AS y RETURN reduce(s = 0, z IN l | s + z), CASE y WHEN 1 THEN 'a' ELSE 'b' END",
        "MATCH (n) WHERE EXISTS { (n)-->() } RETURN n {.a, .*, b: [(n)-->(m) | m.v]}, 'str\\u4e2d' UNION ALL RETURN 1 AS n",
        "CALL db.labels() YIELD label WHERE label STARTS WITH 'A' RETURN label /* c */ // d",
        "FOREACH (x IN [1] | CREATE (:N {v: x})) WITH 1 AS one CALL { RETURN 2 AS two } RETURN one, two",
    ];

    private static readonly string[] Inserts = ["(", ")", "[", "]", "{", "}", "'", "\"", "`", "-", "<", ">", "*", ".", "..", ":", "$", "\\", "/*", "0x", "1e", "WHERE", "RETURN", "|", ",", "中"];

    [Fact]
    public void Parse_MutatedQueries_NeverThrowOrHang()
    {
        var random = new Random(20261128);
        for (var i = 0; i < 3000; i++)
        {
            var text = Mutate(Seeds[random.Next(Seeds.Length)], random, 1 + random.Next(4));
            ParseResult result;
            try
            {
                result = CypherParser.Parse(text);
            }
            catch (Exception e)
            {
                Assert.Fail($"Parse threw {e.GetType().Name} for: {text}\n{e}");
                return;
            }
            Assert.True(result.Statement is not null || result.Diagnostics.Count > 0, text);
            foreach (var diagnostic in result.Diagnostics)
            {
                Assert.InRange(diagnostic.Span.Start, 0, text.Length);
                Assert.NotEmpty(diagnostic.ToException(text).Message);
                Assert.Equal(StatusCodes.SyntaxError, diagnostic.Code);
            }
        }
    }

    private static string Mutate(string text, Random random, int times)
    {
        for (var i = 0; i < times && text.Length > 1; i++)
        {
            var at = random.Next(text.Length);
            var length = Math.Min(1 + random.Next(6), text.Length - at);
            text = random.Next(4) switch
            {
                0 => text.Remove(at, length),
                1 => text.Insert(at, text.Substring(at, length)),
                2 => text.Insert(at, Inserts[random.Next(Inserts.Length)]),
                _ => text[at..] + " " + text[..at],
            };
        }
        return text;
    }
}
