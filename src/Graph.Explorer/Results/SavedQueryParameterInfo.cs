using System.Text.Json.Nodes;

namespace Graph.Explorer.Results;

/// <summary>One declared parameter of a saved query. Immutable.</summary>
public sealed record SavedQueryParameterInfo(string Name, string Type, JsonNode? DefaultValue, string? Description);
