using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// One REMOVE item.
/// </summary>
public abstract record RemoveItem(SourceSpan Span) : AstNode(Span);
