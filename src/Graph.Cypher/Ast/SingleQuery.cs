using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// A sequence of clauses (oC_SingleQuery). Inside EXISTS { } / COUNT { } the last clause need not be RETURN.
/// </summary>
public sealed record SingleQuery(SourceSpan Span, IReadOnlyList<Clause> Clauses) : Query(Span);
