using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// A query: one <see cref="SingleQuery"/> or a <see cref="UnionQuery"/> of them.
/// </summary>
public abstract record Query(SourceSpan Span) : AstNode(Span);
