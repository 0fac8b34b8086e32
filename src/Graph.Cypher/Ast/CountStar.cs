using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// count(*)
/// </summary>
public sealed record CountStar(SourceSpan Span) : Expression(Span);
