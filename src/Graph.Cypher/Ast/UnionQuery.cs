using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// Left-associative UNION: <c>Left UNION [ALL] Right</c>.
/// </summary>
public sealed record UnionQuery(SourceSpan Span, Query Left, SingleQuery Right, bool All) : Query(Span);
