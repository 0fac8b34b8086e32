using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// shortestPath(...) / allShortestPaths(...) used as an expression.
/// </summary>
public sealed record ShortestPathExpression(SourceSpan Span, bool All, PatternElement Pattern) : Expression(Span);
