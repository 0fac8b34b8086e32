using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// REMOVE item, item, ...
/// </summary>
public sealed record RemoveClause(SourceSpan Span, IReadOnlyList<RemoveItem> Items) : Clause(Span);
