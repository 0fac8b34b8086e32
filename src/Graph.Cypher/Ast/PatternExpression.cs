using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// A relationship pattern used as an expression: a predicate in WHERE, or the list of matching paths.
/// </summary>
public sealed record PatternExpression(SourceSpan Span, PatternElement Pattern) : Expression(Span);
