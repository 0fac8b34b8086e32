using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// [p =] element, or [p =] shortestPath(element) / allShortestPaths(element).
/// </summary>
public sealed record PatternPart(SourceSpan Span, Variable? PathVariable, PatternElement Element, PathSelector Selector) : AstNode(Span);
