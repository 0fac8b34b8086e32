using System.Text.Json.Nodes;
using Graph.Explorer.Results;
using Microsoft.AspNetCore.SignalR.Client;

namespace Graph.Explorer.Tests.Support;

/// <summary>Reads a whole hub stream (with a timeout) and picks it apart.</summary>
public static class Frames
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task<List<QueryFrame>> ReadAllAsync(HubConnection connection, string method, params object?[] arguments)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var frames = new List<QueryFrame>();
        await foreach (var frame in connection.StreamAsyncCore<QueryFrame>(method, arguments, timeout.Token))
        {
            frames.Add(frame);
        }
        return frames;
    }

    public static List<JsonArray> Rows(this IEnumerable<QueryFrame> frames) =>
        frames.Where(f => f.Kind == QueryFrame.RowKind).Select(f => f.Values!).ToList();

    public static QueryError? Error(this IEnumerable<QueryFrame> frames) =>
        frames.SingleOrDefault(f => f.Kind == QueryFrame.ErrorKind)?.Error;

    public static string? Property(this JsonNode? entity, string name) =>
        entity?["properties"]?[name]?.GetValue<string>();

    public static IEnumerable<string> Labels(this JsonNode? node) =>
        node?["labels"]?.AsArray().Select(l => l!.GetValue<string>()) ?? [];
}
