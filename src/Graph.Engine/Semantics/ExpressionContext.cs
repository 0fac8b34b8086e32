namespace Graph.Engine.Semantics;

/// <summary>
/// Where an expression sits: its scope, whether aggregates may appear (projections only), whether it is
/// already inside an aggregate (nesting), whether it is a predicate position (pattern predicates are allowed
/// there only), and the normalized texts of projection items an ORDER BY may refer to by repetition.
/// </summary>
internal readonly record struct ExpressionContext(
    Scope Scope,
    bool AllowAggregates = false,
    bool InsideAggregate = false,
    bool Predicate = false,
    IReadOnlySet<string>? ProjectedTexts = null);
