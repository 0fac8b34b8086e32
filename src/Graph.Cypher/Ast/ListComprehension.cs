using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// [variable IN list WHERE predicate | projection]
/// </summary>
public sealed record ListComprehension(SourceSpan Span, Variable Variable, Expression List, Expression? Where, Expression? Projection) : Expression(Span);
