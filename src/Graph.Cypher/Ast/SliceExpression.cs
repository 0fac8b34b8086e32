using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// subject[from..to], either bound optional.
/// </summary>
public sealed record SliceExpression(SourceSpan Span, Expression Subject, Expression? From, Expression? To) : Expression(Span);
