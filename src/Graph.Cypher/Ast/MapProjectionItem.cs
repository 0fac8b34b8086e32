using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// One item of a map projection.
/// </summary>
public abstract record MapProjectionItem(SourceSpan Span) : AstNode(Span);
