using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// Root of every syntax-tree node. <see cref="Span"/> is the node's range of the query text (UTF-16).
/// AST records are immutable and therefore thread-safe; equality is structural.
/// </summary>
public abstract record AstNode(SourceSpan Span);
