using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// left op right
/// </summary>
public sealed record BinaryExpression(SourceSpan Span, BinaryOperator Operator, Expression Left, Expression Right) : Expression(Span);
