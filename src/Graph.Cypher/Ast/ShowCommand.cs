using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// SHOW [ALL|...] INDEXES | CONSTRAINTS | PROCEDURES | FUNCTIONS [WHERE predicate].
/// </summary>
public sealed record ShowCommand(SourceSpan Span, ShowKind Kind, Expression? Where) : SchemaCommand(Span);
