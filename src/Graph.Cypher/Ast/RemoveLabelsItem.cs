using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// REMOVE n:A:B.
/// </summary>
public sealed record RemoveLabelsItem(SourceSpan Span, Variable Variable, IReadOnlyList<string> Labels) : RemoveItem(Span);
