using Graph.Engine.Execution;

namespace Graph.Engine.Evaluation;

/// <summary>A compiled expression: reads the row's slots and the statement's context. Stateless, reusable across executions.</summary>
internal delegate object? Evaluator(object?[] row, QueryContext context);
