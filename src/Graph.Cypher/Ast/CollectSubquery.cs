using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// COLLECT { ... RETURN x }.
/// </summary>
public sealed record CollectSubquery(SourceSpan Span, Query Query) : Expression(Span);
