using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// subject:A:B (all labels, or for a relationship its type). <c>n:A|B</c> is parsed as an Or of two of these.
/// </summary>
public sealed record HasLabelsExpression(SourceSpan Span, Expression Subject, IReadOnlyList<string> Labels) : Expression(Span);
