using Graph.Explorer.Results;
using Microsoft.Extensions.Options;

namespace Graph.Explorer.Queries;

/// <summary>
/// The saved queries of the configured cypher/ folder, read once on first use and then shared, plus their
/// client-facing descriptions. Thread-safe (the catalogue is loaded under a Lazy).
/// </summary>
public sealed class QueryLibrary
{
    private readonly Lazy<IReadOnlyList<SavedQuery>> _queries;

    public QueryLibrary(IOptions<ExplorerOptions> options)
    {
        _queries = new Lazy<IReadOnlyList<SavedQuery>>(
            () => SavedQueryCatalog.Load(Path.Combine(ContentPaths.FindCypherDirectory(options.Value.CypherDirectory), "queries")));
    }

    public IReadOnlyList<SavedQuery> All => _queries.Value;

    public SavedQuery? Find(string name) =>
        All.FirstOrDefault(q => string.Equals(q.Name, name, StringComparison.Ordinal));

    public IReadOnlyList<SavedQueryInfo> Describe() => All.Select(SavedQueryInfo.From).ToList();
}
