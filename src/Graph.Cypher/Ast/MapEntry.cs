using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// key: value inside a map literal.
/// </summary>
public sealed record MapEntry(SourceSpan Span, string Key, Expression Value) : AstNode(Span);
