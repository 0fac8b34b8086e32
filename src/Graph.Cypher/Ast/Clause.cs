using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// Base of every clause.
/// </summary>
public abstract record Clause(SourceSpan Span) : AstNode(Span);
