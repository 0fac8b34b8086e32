using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// CREATE [OR REPLACE] CONSTRAINT [name] [IF NOT EXISTS] FOR ... REQUIRE ...
/// </summary>
public sealed record CreateConstraintCommand(
    SourceSpan Span,
    string? Name,
    bool IfNotExists,
    bool OrReplace,
    ConstraintDefinition Definition) : SchemaCommand(Span);
