using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// {k: v, ...} with entries in source order.
/// </summary>
public sealed record MapLiteral(SourceSpan Span, IReadOnlyList<MapEntry> Entries) : Expression(Span);
