namespace Graph.Engine.Tests.Tck;

/// <summary>
/// One executable TCK case: a plain scenario or one Examples row of an outline, with placeholders filled in.
/// <see cref="Name"/> is <c>folder/Feature/[n] scenario</c>, plus <c> [row]</c> for an outline row. Immutable.
/// </summary>
public sealed record TckCase(string Name, string Folder, string FeatureFile, int Line, IReadOnlyList<TckStep> Steps)
{
    /// <summary>The first path segment of the folder: clauses, expressions or useCases.</summary>
    public string TopFolder => Folder.Split('/')[0];

    public override string ToString() => Name;
}
