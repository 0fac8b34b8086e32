using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// subject[index]
/// </summary>
public sealed record IndexExpression(SourceSpan Span, Expression Subject, Expression Index) : Expression(Span);
