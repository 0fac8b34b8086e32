namespace Graph.Explorer.Import;

/// <summary>
/// A progress report of <see cref="SeedLoader"/>: the stage, the file being loaded (null for schema and
/// done), and the work items done so far out of the total (schema statements plus data rows). Immutable.
/// </summary>
public sealed record LoadProgress(LoadStage Stage, string? File, int Done, int Total)
{
    public double Fraction => Total == 0 ? 1.0 : (double)Done / Total;
}
