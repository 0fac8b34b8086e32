using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// A comma-separated list of pattern parts (oC_Pattern).
/// </summary>
public sealed record Pattern(SourceSpan Span, IReadOnlyList<PatternPart> Parts) : AstNode(Span);
