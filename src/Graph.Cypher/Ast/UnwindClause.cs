using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// UNWIND list AS variable.
/// </summary>
public sealed record UnwindClause(SourceSpan Span, Expression Expression, Variable Variable) : Clause(Span);
