using System.Text.Json.Nodes;
using Graph.Explorer.Queries;

namespace Graph.Explorer.Results;

/// <summary>A saved query as the web side panel shows it; defaults in the <see cref="CypherJson"/> shape. Immutable.</summary>
public sealed record SavedQueryInfo(string Name, string Title, string? TitleEn, string Description,
    IReadOnlyList<SavedQueryParameterInfo> Parameters, string Text)
{
    public static SavedQueryInfo From(SavedQuery query) => new(query.Name, query.Title, query.TitleEn,
        query.Description,
        query.Parameters.Select(p => new SavedQueryParameterInfo(p.Name, p.Type, CypherJson.ToJson(p.DefaultValue), p.Description)).ToList(),
        query.Text);
}
