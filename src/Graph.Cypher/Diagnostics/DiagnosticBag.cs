using Graph.Core;

namespace Graph.Cypher.Diagnostics;

/// <summary>
/// Collects diagnostics in the order found. One per parse or analysis run; not thread-safe.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public int Count => _items.Count;

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>Drops diagnostics added after <paramref name="count"/> (used when a speculative parse backtracks).</summary>
    public void TruncateTo(int count) => _items.RemoveRange(count, _items.Count - count);

    public void Syntax(string detail, string message, SourceSpan span) =>
        _items.Add(new Diagnostic(StatusCodes.SyntaxError, detail, message, span));
}
