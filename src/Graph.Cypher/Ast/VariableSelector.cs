using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// variable (projects key "variable" with its value)
/// </summary>
public sealed record VariableSelector(SourceSpan Span, Variable Variable) : MapProjectionItem(Span);
