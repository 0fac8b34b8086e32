using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// The shared body of WITH and RETURN. <see cref="IncludeExisting"/> is the leading <c>*</c>.
/// </summary>
public sealed record ProjectionBody(
    SourceSpan Span,
    bool Distinct,
    bool IncludeExisting,
    IReadOnlyList<ProjectionItem> Items,
    IReadOnlyList<SortItem> OrderBy,
    Expression? Skip,
    Expression? Limit) : AstNode(Span);
