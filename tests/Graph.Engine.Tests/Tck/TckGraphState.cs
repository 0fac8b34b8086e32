using Graph.Core;
using Graph.Core.Values;

namespace Graph.Engine.Tests.Tck;

/// <summary>
/// The whole graph as seen through the port (all nodes, all relationships), captured before and after the
/// query under test; side effects are the difference, as the Scala TCK computed them (TCK README):
/// properties are (entity, key, value) triples, labels are the distinct labels present in the graph. Immutable.
/// </summary>
public sealed class TckGraphState
{
    public static readonly IReadOnlySet<string> EffectKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "+nodes", "-nodes", "+relationships", "-relationships", "+labels", "-labels", "+properties", "-properties",
    };

    private readonly IReadOnlyDictionary<string, Node> _nodes;
    private readonly IReadOnlyDictionary<string, Relationship> _relationships;

    public TckGraphState(IEnumerable<Node> nodes, IEnumerable<Relationship> relationships)
    {
        _nodes = nodes.GroupBy(n => n.ElementId).ToDictionary(g => g.Key, g => g.First());
        _relationships = relationships.GroupBy(r => r.ElementId).ToDictionary(g => g.Key, g => g.First());
    }

    public int NodeCount => _nodes.Count;

    public int RelationshipCount => _relationships.Count;

    public static async Task<TckGraphState> CaptureAsync(IGraphDatabase database, CancellationToken cancellationToken)
    {
        var nodes = await ReadAllAsync<Node>(database, "MATCH (n) RETURN n", cancellationToken);
        var relationships = await ReadAllAsync<Relationship>(database, "MATCH ()-[r]->() RETURN r", cancellationToken);
        return new TckGraphState(nodes, relationships);
    }

    private static async Task<List<T>> ReadAllAsync<T>(IGraphDatabase database, string query, CancellationToken cancellationToken)
    {
        await using var session = database.Session();
        var cursor = await session.RunAsync(query, null, cancellationToken);
        var values = new List<T>();
        while (await cursor.FetchAsync(cancellationToken))
        {
            values.Add(cursor.Current[0] is T value
                ? value
                : throw new InvalidOperationException($"'{query}' returned {TckValueMatcher.Describe(cursor.Current[0])}."));
        }
        await cursor.ConsumeAsync(cancellationToken);
        return values;
    }

    /// <summary>The eight side-effect counts from this state to <paramref name="after"/>.</summary>
    public IReadOnlyDictionary<string, int> DiffTo(TckGraphState after)
    {
        var labelsBefore = Labels();
        var labelsAfter = after.Labels();
        var propertiesBefore = Properties();
        var propertiesAfter = after.Properties();
        return new Dictionary<string, int>
        {
            ["+nodes"] = after._nodes.Keys.Count(id => !_nodes.ContainsKey(id)),
            ["-nodes"] = _nodes.Keys.Count(id => !after._nodes.ContainsKey(id)),
            ["+relationships"] = after._relationships.Keys.Count(id => !_relationships.ContainsKey(id)),
            ["-relationships"] = _relationships.Keys.Count(id => !after._relationships.ContainsKey(id)),
            ["+labels"] = labelsAfter.Count(l => !labelsBefore.Contains(l)),
            ["-labels"] = labelsBefore.Count(l => !labelsAfter.Contains(l)),
            ["+properties"] = propertiesAfter.Count(p => !propertiesBefore.Contains(p)),
            ["-properties"] = propertiesBefore.Count(p => !propertiesAfter.Contains(p)),
        };
    }

    /// <summary>True when the two states hold the same entities with the same labels, types and properties.</summary>
    public bool SameAs(TckGraphState other) =>
        DiffTo(other).Values.All(v => v == 0)
        && _nodes.All(n => other._nodes[n.Key].Labels.ToHashSet().SetEquals(n.Value.Labels));

    private HashSet<string> Labels() => _nodes.Values.SelectMany(n => n.Labels).ToHashSet(StringComparer.Ordinal);

    private HashSet<string> Properties()
    {
        var triples = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, node) in _nodes) AddTriples(triples, "n" + id, node.Properties);
        foreach (var (id, rel) in _relationships) AddTriples(triples, "r" + id, rel.Properties);
        return triples;
    }

    // The type name keeps 1 and 1.0, or a date and its string, apart; the literal text compares values.
    private static void AddTriples(HashSet<string> triples, string entity, IReadOnlyDictionary<string, object?> properties)
    {
        foreach (var (key, value) in properties)
        {
            triples.Add($"{entity}\u0001{key}\u0001{CypherValue.TypeName(value)}\u0001{CypherValue.ToCypherString(value)}");
        }
    }
}
