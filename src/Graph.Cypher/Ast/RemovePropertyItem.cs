using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// REMOVE subject.key.
/// </summary>
public sealed record RemovePropertyItem(SourceSpan Span, PropertyAccess Property) : RemoveItem(Span);
