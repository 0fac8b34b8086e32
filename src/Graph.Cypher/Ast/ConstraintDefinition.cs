using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// FOR (variable:Label) REQUIRE variable.p IS UNIQUE (also the old ON ... ASSERT form). For relationship
/// constraints <see cref="IsRelationship"/> is true and <see cref="Label"/> is the type.
/// </summary>
public sealed record ConstraintDefinition(
    SourceSpan Span,
    Variable Variable,
    string Label,
    bool IsRelationship,
    IReadOnlyList<string> Properties,
    ConstraintKind Kind) : AstNode(Span);
