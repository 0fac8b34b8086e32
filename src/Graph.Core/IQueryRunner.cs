namespace Graph.Core;

/// <summary>Anything that runs Cypher: a session (auto-commit) or a transaction.</summary>
public interface IQueryRunner
{
    /// <summary>
    /// Compiles and starts <paramref name="query"/>. Compile-time errors (syntax, semantic, missing parameter)
    /// are thrown from here as <see cref="GraphException"/>; run-time errors surface from the cursor.
    /// Parameter values use the Cypher value model described on <see cref="CypherValue"/>.
    /// </summary>
    Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default);
}
