using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// name([DISTINCT] args). <see cref="Name"/> includes the namespace as written (e.g. "date.truncate").
/// </summary>
public sealed record FunctionCall(SourceSpan Span, string Name, bool Distinct, IReadOnlyList<Expression> Arguments) : Expression(Span);
