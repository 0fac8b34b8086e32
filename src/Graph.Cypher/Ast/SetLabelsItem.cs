using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// SET n:A:B.
/// </summary>
public sealed record SetLabelsItem(SourceSpan Span, Variable Variable, IReadOnlyList<string> Labels) : SetItem(Span);
