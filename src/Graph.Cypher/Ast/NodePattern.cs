using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// (variable:Label1:Label2 {properties} WHERE predicate). Labels are a conjunction; <see cref="Properties"/>
/// is a <see cref="MapLiteral"/> or a <see cref="Parameter"/>.
/// </summary>
public sealed record NodePattern(
    SourceSpan Span,
    Variable? Variable,
    IReadOnlyList<string> Labels,
    Expression? Properties,
    Expression? Where) : AstNode(Span);
