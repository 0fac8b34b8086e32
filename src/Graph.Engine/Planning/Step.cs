using Graph.Engine.Execution;

namespace Graph.Engine.Planning;

/// <summary>
/// A physical operator: pulls rows from its input and yields rows, lazily (an iterator's MoveNext is the
/// operator's pull, Dispose its Close). Rows are slot arrays; a step never changes a row it has received,
/// it clones the row to bind new slots. Compiled once per plan; each execution enumerates afresh, so a
/// step is reusable and safe to run concurrently in different statements.
/// </summary>
internal delegate IEnumerable<object?[]> Step(IEnumerable<object?[]> input, QueryContext context);
