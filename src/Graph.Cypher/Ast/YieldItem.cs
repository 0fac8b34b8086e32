using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// YIELD field [AS variable]; <see cref="Variable"/> carries the alias or, without one, the field name.
/// </summary>
public sealed record YieldItem(SourceSpan Span, string Field, Variable Variable) : AstNode(Span);
