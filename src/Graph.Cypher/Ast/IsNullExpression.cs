using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// operand IS [NOT] NULL
/// </summary>
public sealed record IsNullExpression(SourceSpan Span, Expression Operand, bool Negated) : Expression(Span);
