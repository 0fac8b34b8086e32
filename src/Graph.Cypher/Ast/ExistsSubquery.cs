using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// EXISTS { ... }. The short form EXISTS { pattern WHERE p } is stored as the query MATCH pattern WHERE p.
/// </summary>
public sealed record ExistsSubquery(SourceSpan Span, Query Query) : Expression(Span);
