using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// [DETACH] DELETE expr, expr, ...
/// </summary>
public sealed record DeleteClause(SourceSpan Span, bool Detach, IReadOnlyList<Expression> Expressions) : Clause(Span);
