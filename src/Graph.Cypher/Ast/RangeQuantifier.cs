using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// Variable length: <c>*</c> (null, null), <c>*2</c> (2, 2), <c>*1..3</c>, <c>*..3</c> (null, 3), <c>*2..</c> (2, null).
/// </summary>
public sealed record RangeQuantifier(SourceSpan Span, long? Min, long? Max) : AstNode(Span);
