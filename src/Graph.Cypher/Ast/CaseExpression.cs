using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// CASE [subject] WHEN ... THEN ... [ELSE ...] END. Subject null: generic form (WHEN holds predicates).
/// </summary>
public sealed record CaseExpression(SourceSpan Span, Expression? Subject, IReadOnlyList<CaseAlternative> Alternatives, Expression? Else) : Expression(Span);
