using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// [p = pattern WHERE predicate | projection]
/// </summary>
public sealed record PatternComprehension(SourceSpan Span, Variable? PathVariable, PatternElement Pattern, Expression? Where, Expression Projection) : Expression(Span);
