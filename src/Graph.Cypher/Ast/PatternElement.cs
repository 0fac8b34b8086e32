using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// A chain node-rel-node-...; <c>Nodes.Count == Relationships.Count + 1</c>; Relationships[i] joins
/// Nodes[i] and Nodes[i + 1].
/// </summary>
public sealed record PatternElement(SourceSpan Span, IReadOnlyList<NodePattern> Nodes, IReadOnlyList<RelationshipPattern> Relationships) : AstNode(Span);
