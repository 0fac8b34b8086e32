namespace Graph.Engine.Tests.Tck;

/// <summary>One Gherkin step of a TCK case, already recognised and with its tables parsed (NOTES.md §3). Immutable.</summary>
public abstract record TckStep
{
    /// <summary>"an empty graph" and "any graph" (any graph may be empty).</summary>
    public sealed record EmptyGraph : TckStep;

    /// <summary>"the binary-tree-1 graph": the CREATE script in shared/tck/graphs/name/name.cypher.</summary>
    public sealed record NamedGraph(string Name) : TckStep;

    /// <summary>"having executed": a setup query whose side effects are not counted.</summary>
    public sealed record Setup(string Text) : TckStep;

    public sealed record Parameters(IReadOnlyList<KeyValuePair<string, TckValue>> Values) : TckStep;

    public sealed record Procedure(TckProcedure Definition) : TckStep;

    /// <summary>"executing query" (the one under test) or "executing control query".</summary>
    public sealed record Query(string Text, bool IsControl) : TckStep;

    /// <summary>A result table; <see cref="Ordered"/> for "in order", <see cref="ListsAsBags"/> for "ignoring element order for lists".</summary>
    public sealed record ExpectRows(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<TckValue>> Rows,
        bool Ordered, bool ListsAsBags) : TckStep;

    public sealed record ExpectEmpty : TckStep;

    /// <summary>Phase is "compile time", "runtime" or "any time"; Detail "*" matches any detail.</summary>
    public sealed record ExpectError(string Type, string Phase, string Detail) : TckStep;

    /// <summary>"no side effects" (an empty table) or "the side effects should be" (+nodes, -labels...; absent keys are 0).</summary>
    public sealed record ExpectSideEffects(IReadOnlyDictionary<string, int> Effects) : TckStep;
}
