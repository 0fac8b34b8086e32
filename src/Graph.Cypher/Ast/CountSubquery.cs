using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// COUNT { ... }, stored like <see cref="ExistsSubquery"/>.
/// </summary>
public sealed record CountSubquery(SourceSpan Span, Query Query) : Expression(Span);
