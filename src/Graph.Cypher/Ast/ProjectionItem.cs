using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// One projected expression. <see cref="Name"/> is the column name: the alias, or else the expression's
/// source text exactly as written (Neo4j names unaliased columns so).
/// </summary>
public sealed record ProjectionItem(SourceSpan Span, Expression Expression, Variable? Alias, string Name) : AstNode(Span);
