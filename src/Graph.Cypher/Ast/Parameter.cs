using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// $name or $0 (positional parameters are named by their digits).
/// </summary>
public sealed record Parameter(SourceSpan Span, string Name) : Expression(Span);
