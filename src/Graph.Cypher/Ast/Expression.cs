using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// Base of every expression.
/// </summary>
public abstract record Expression(SourceSpan Span) : AstNode(Span);
