using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// reduce(accumulator = initial, variable IN list | expression)
/// </summary>
public sealed record ReduceExpression(SourceSpan Span, Variable Accumulator, Expression Initial, Variable Variable, Expression List, Expression Expression) : Expression(Span);
