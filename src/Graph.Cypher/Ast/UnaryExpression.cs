using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// op operand
/// </summary>
public sealed record UnaryExpression(SourceSpan Span, UnaryOperator Operator, Expression Operand) : Expression(Span);
