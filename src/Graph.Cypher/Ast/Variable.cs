using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// A variable reference (or binding, where the grammar introduces one).
/// </summary>
public sealed record Variable(SourceSpan Span, string Name) : Expression(Span);
