using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// DROP INDEX name [IF EXISTS], or the old DROP INDEX ON :Label(p, ...) (Name null, Label set).
/// </summary>
public sealed record DropIndexCommand(SourceSpan Span, string? Name, bool IfExists, string? Label, IReadOnlyList<string> Properties) : SchemaCommand(Span);
