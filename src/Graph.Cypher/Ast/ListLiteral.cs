using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// [a, b, c]
/// </summary>
public sealed record ListLiteral(SourceSpan Span, IReadOnlyList<Expression> Items) : Expression(Span);
