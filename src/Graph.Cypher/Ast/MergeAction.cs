using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// ON CREATE SET ... (<see cref="OnCreate"/> true) or ON MATCH SET ...
/// </summary>
public sealed record MergeAction(SourceSpan Span, bool OnCreate, IReadOnlyList<SetItem> Items) : AstNode(Span);
