namespace Graph.Explorer.Results;

/// <summary>How a streamed query ended: rows sent, wall time, and whether rows were cut by a cap. Immutable.</summary>
public sealed record QuerySummary(long Rows, double ElapsedMilliseconds, bool Truncated);
