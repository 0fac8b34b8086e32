using Graph.Core;

namespace Graph.Engine.Tests.Execution;

internal static class CursorExtensions
{
    public static async Task<List<Graph.Core.Record>> ToListAsync(this IResultCursor cursor)
    {
        var records = new List<Graph.Core.Record>();
        await foreach (var record in cursor)
        {
            records.Add(record);
        }
        return records;
    }
}
