using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// SET subject.key = value.
/// </summary>
public sealed record SetPropertyItem(SourceSpan Span, PropertyAccess Property, Expression Value) : SetItem(Span);
