using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// all/any/none/single(variable IN list WHERE predicate)
/// </summary>
public sealed record QuantifierExpression(SourceSpan Span, Quantifier Quantifier, Variable Variable, Expression List, Expression? Predicate) : Expression(Span);
