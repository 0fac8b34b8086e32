using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// A constant: long, double, string, bool or null.
/// </summary>
public sealed record Literal(SourceSpan Span, object? Value) : Expression(Span);
