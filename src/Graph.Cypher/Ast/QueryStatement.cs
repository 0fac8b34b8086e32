using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// A query statement (openCypher oC_Query) with its optional EXPLAIN/PROFILE prefix.
/// </summary>
public sealed record QueryStatement(SourceSpan Span, Query Query, ExecutionMode Mode) : Statement(Span);
