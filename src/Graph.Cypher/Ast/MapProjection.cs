using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// subject { .a, .*, b: expr, var }
/// </summary>
public sealed record MapProjection(SourceSpan Span, Variable Subject, IReadOnlyList<MapProjectionItem> Items) : Expression(Span);
