using Graph.Cypher.Ast;
using Graph.Cypher.Diagnostics;

namespace Graph.Cypher;

/// <summary>
/// Outcome of <see cref="CypherParser.Parse"/>: the statement (null when the text has syntax errors) and every
/// diagnostic found, in text order. Immutable.
/// </summary>
public sealed record ParseResult(Statement? Statement, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Success => Statement is not null && Diagnostics.Count == 0;
}
