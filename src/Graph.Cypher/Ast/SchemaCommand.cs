using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// Base of schema commands (CREATE/DROP INDEX and CONSTRAINT, SHOW).
/// </summary>
public abstract record SchemaCommand(SourceSpan Span) : Statement(Span);
