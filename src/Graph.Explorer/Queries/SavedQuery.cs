namespace Graph.Explorer.Queries;

/// <summary>
/// A saved research query from cypher/queries: <see cref="Name"/> is its path under that directory without
/// ".cypher" ("people/student-schools"), <see cref="Title"/> the Chinese title, <see cref="TitleEn"/> the
/// English one, <see cref="Text"/> the Cypher after the header. Immutable.
/// </summary>
public sealed record SavedQuery(
    string Name,
    string Title,
    string? TitleEn,
    string Description,
    IReadOnlyList<SavedQueryParameter> Parameters,
    string Text)
{
    /// <summary>The declared defaults as a parameter map, ready to run the query as it is.</summary>
    public IReadOnlyDictionary<string, object?> DefaultParameters =>
        Parameters.ToDictionary(p => p.Name, p => p.DefaultValue, StringComparer.Ordinal);
}
