using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// One SET item.
/// </summary>
public abstract record SetItem(SourceSpan Span) : AstNode(Span);
