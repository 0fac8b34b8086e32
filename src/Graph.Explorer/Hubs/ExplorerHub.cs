using System.Text.Json;
using Graph.Core;
using Graph.Explorer.Queries;
using Graph.Explorer.Results;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Graph.Explorer.Hubs;

/// <summary>
/// The browser's door to the graph (/hubs/explorer). Each method maps one gesture onto the port and streams
/// <see cref="QueryFrame"/>s as records arrive; query errors travel as "error" frames, so the connection
/// stays usable. Everything runs in READ sessions with the configured timeout; cancelling a stream (the
/// client disposing its subscription) cancels the query. Transient: one instance per hub call.
/// </summary>
public sealed class ExplorerHub(QueryStreamer streamer, QueryLibrary library, IOptions<ExplorerOptions> options) : Hub
{
    public IAsyncEnumerable<QueryFrame> Search(string text, int limit, CancellationToken cancellationToken)
    {
        var lower = (text ?? "").Trim().ToLowerInvariant();
        var parameters = new Dictionary<string, object?>
        {
            ["text"] = lower,
            ["compact"] = lower.Replace(" ", "", StringComparison.Ordinal),
            ["limit"] = (long)Math.Clamp(limit, 1, options.Value.MaxSearchResults),
        };
        return streamer.StreamAsync(ExplorerQueries.Search, parameters, AccessMode.Read, cancellationToken: cancellationToken);
    }

    public IAsyncEnumerable<QueryFrame> Expand(string elementId, int limit, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["id"] = elementId,
            ["limit"] = (long)Math.Clamp(limit, 1, options.Value.MaxExpandResults),
        };
        return streamer.StreamAsync(ExplorerQueries.Expand, parameters, AccessMode.Read, cancellationToken: cancellationToken);
    }

    public IAsyncEnumerable<QueryFrame> RunCypher(string text, JsonElement? parameters, CancellationToken cancellationToken) =>
        streamer.StreamAsync(text ?? "", CypherJson.ParametersFromJson(parameters), AccessMode.Read,
            cancellationToken: cancellationToken);

    public IAsyncEnumerable<QueryFrame> RunSaved(string name, JsonElement? parameters, CancellationToken cancellationToken)
    {
        var query = library.Find(name);
        if (query is null)
        {
            return Single(QueryError.Of(StatusCodes.RequestInvalid, $"There is no saved query named '{name}'."));
        }
        try
        {
            var bound = ParameterBinder.Bind(query, CypherJson.ParametersFromJson(parameters));
            return streamer.StreamAsync(query.Text, bound, AccessMode.Read, cancellationToken: cancellationToken);
        }
        catch (GraphException error)
        {
            return Single(QueryError.From(error, query.Text));
        }
    }

    public IReadOnlyList<SavedQueryInfo> GetSavedQueries() => library.Describe();

    private static async IAsyncEnumerable<QueryFrame> Single(QueryError error)
    {
        await Task.CompletedTask;
        yield return QueryFrame.ForError(error);
    }
}
