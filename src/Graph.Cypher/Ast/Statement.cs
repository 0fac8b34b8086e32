using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// A whole statement: a query (possibly EXPLAIN/PROFILE) or a schema command.
/// </summary>
public abstract record Statement(SourceSpan Span) : AstNode(Span);
