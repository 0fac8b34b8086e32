namespace Graph.Explorer.Queries;

/// <summary>
/// A parameter declared in a saved query's header (<c>// @param name: type = default  -- description</c>).
/// <see cref="Type"/> is one of string, integer, float, boolean, list, map; <see cref="DefaultValue"/> is in the
/// port's value model (long, double, string, bool, null, lists, maps). Immutable.
/// </summary>
public sealed record SavedQueryParameter(string Name, string Type, object? DefaultValue, string? Description);
