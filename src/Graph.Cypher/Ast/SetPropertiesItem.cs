using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// SET target = map (<see cref="Merge"/> false: replace all properties) or SET target += map (merge).
/// Target is normally a <see cref="Variable"/>.
/// </summary>
public sealed record SetPropertiesItem(SourceSpan Span, Expression Target, Expression Value, bool Merge) : SetItem(Span);
