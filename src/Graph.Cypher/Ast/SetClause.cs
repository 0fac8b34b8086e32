using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// SET item, item, ...
/// </summary>
public sealed record SetClause(SourceSpan Span, IReadOnlyList<SetItem> Items) : Clause(Span);
