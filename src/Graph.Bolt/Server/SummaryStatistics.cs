using Graph.Bolt.Messages;
using Graph.Core;

namespace Graph.Bolt.Server;

/// <summary>
/// The `stats` and `notifications`/`statuses` entries of a final PULL SUCCESS (bolt.md §4.4): only non-zero
/// counters, kebab-case names. Thread-safe (stateless).
/// </summary>
public static class SummaryStatistics
{
    public static Dictionary<string, object?> Build(Counters counters)
    {
        var stats = new Dictionary<string, object?>();
        Add(stats, "nodes-created", counters.NodesCreated);
        Add(stats, "nodes-deleted", counters.NodesDeleted);
        Add(stats, "relationships-created", counters.RelationshipsCreated);
        Add(stats, "relationships-deleted", counters.RelationshipsDeleted);
        Add(stats, "properties-set", counters.PropertiesSet);
        Add(stats, "labels-added", counters.LabelsAdded);
        Add(stats, "labels-removed", counters.LabelsRemoved);
        Add(stats, "indexes-added", counters.IndexesAdded);
        Add(stats, "indexes-removed", counters.IndexesRemoved);
        Add(stats, "constraints-added", counters.ConstraintsAdded);
        Add(stats, "constraints-removed", counters.ConstraintsRemoved);
        Add(stats, "system-updates", counters.SystemUpdates);
        if (counters.ContainsUpdates) stats["contains-updates"] = true;
        if (counters.ContainsSystemUpdates) stats["contains-system-updates"] = true;
        return stats;
    }

    /// <summary>Up to 5.4 as `notifications`; from 5.6 as GQL `statuses`.</summary>
    public static void AddNotifications(Dictionary<string, object?> metadata, IReadOnlyList<Notification> notifications,
        BoltVersion version, string query)
    {
        var list = new List<object?>();
        foreach (var notification in notifications)
        {
            var entry = new Dictionary<string, object?>
            {
                ["code"] = notification.Code,
                ["title"] = notification.Title,
                ["description"] = notification.Description,
                ["severity"] = notification.Severity,
                ["category"] = "GENERIC",
            };
            if (notification.Span is { } span)
            {
                var (line, column) = span.LineColumn(query);
                entry["position"] = new Dictionary<string, object?>
                {
                    ["offset"] = (long)span.Start, ["line"] = (long)line, ["column"] = (long)column,
                };
            }
            if (version >= BoltVersion.V5_6)
            {
                var diagnostics = new Dictionary<string, object?>
                {
                    ["_severity"] = notification.Severity,
                    ["_classification"] = "GENERIC",
                };
                if (entry.TryGetValue("position", out var position))
                {
                    diagnostics["_position"] = position;
                }
                entry = new Dictionary<string, object?>
                {
                    ["gql_status"] = notification.Severity == "WARNING" ? "01N00" : "03N00",
                    ["status_description"] = notification.Description,
                    ["neo4j_code"] = notification.Code,
                    ["title"] = notification.Title,
                    ["description"] = notification.Description,
                    ["diagnostic_record"] = diagnostics,
                };
            }
            list.Add(entry);
        }
        metadata[version >= BoltVersion.V5_6 ? "statuses" : "notifications"] = list;
    }

    private static void Add(Dictionary<string, object?> stats, string key, int value)
    {
        if (value != 0)
        {
            stats[key] = (long)value;
        }
    }
}
