using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// subject.key
/// </summary>
public sealed record PropertyAccess(SourceSpan Span, Expression Subject, string Key) : Expression(Span);
