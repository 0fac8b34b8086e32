using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// DROP CONSTRAINT name [IF EXISTS], or the old DROP CONSTRAINT ON ... ASSERT ... (Definition set, Name null).
/// </summary>
public sealed record DropConstraintCommand(SourceSpan Span, string? Name, bool IfExists, ConstraintDefinition? Definition) : SchemaCommand(Span);
