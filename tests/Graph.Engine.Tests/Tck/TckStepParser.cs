using System.Text.RegularExpressions;
using Gherkin.Ast;

namespace Graph.Engine.Tests.Tck;

/// <summary>
/// Recognises a Gherkin step of the TCK (the 16 step forms of NOTES.md §3, matched like the old Scala
/// TCKStepDefinitions regexes; the Given/When/Then keyword is ignored, as Cucumber does) and parses its tables.
/// Unknown steps throw, so a new step form cannot be silently skipped. Stateless, thread-safe.
/// </summary>
public static partial class TckStepParser
{
    [GeneratedRegex(@"^the (.+) graph$")]
    private static partial Regex NamedGraph();

    [GeneratedRegex(@"^there exists a procedure (.+):$")]
    private static partial Regex Procedure();

    [GeneratedRegex(@"^an? (.+) should be raised at (.+): (.+)$")]
    private static partial Regex Error();

    /// <param name="fill">Substitutes outline placeholders in step text, doc strings and table cells.</param>
    public static TckStep Parse(Step step, Func<string, string> fill)
    {
        var text = fill(step.Text.Trim());
        string Doc() => fill(step.DocString?.Content ?? throw new FormatException($"Step '{text}' needs a doc string."));
        IReadOnlyList<IReadOnlyList<string>> Table() => step.DataTable is null
            ? throw new FormatException($"Step '{text}' needs a table.")
            : step.DataTable.Rows.Select(r => (IReadOnlyList<string>)r.Cells.Select(c => fill(c.Value)).ToList()).ToList();

        switch (text)
        {
            case "an empty graph" or "any graph": return new TckStep.EmptyGraph();
            case "having executed:": return new TckStep.Setup(Doc());
            case "parameters are:": return new TckStep.Parameters(Pairs(Table(), TckValueParser.Parse));
            case "executing query:": return new TckStep.Query(Doc(), false);
            case "executing control query:": return new TckStep.Query(Doc(), true);
            case "the result should be, in any order:": return Rows(Table(), ordered: false, listsAsBags: false);
            case "the result should be, in order:": return Rows(Table(), ordered: true, listsAsBags: false);
            case "the result should be (ignoring element order for lists):": return Rows(Table(), false, true);
            case "the result should be, in order (ignoring element order for lists):": return Rows(Table(), true, true);
            case "the result should be empty": return new TckStep.ExpectEmpty();
            case "no side effects": return new TckStep.ExpectSideEffects(new Dictionary<string, int>());
            case "the side effects should be:": return SideEffects(Table());
        }
        if (NamedGraph().Match(text) is { Success: true } graph)
        {
            return new TckStep.NamedGraph(graph.Groups[1].Value);
        }
        if (Procedure().Match(text) is { Success: true } procedure)
        {
            return new TckStep.Procedure(TckProcedure.Parse(procedure.Groups[1].Value, Table()));
        }
        if (Error().Match(text) is { Success: true } error)
        {
            return new TckStep.ExpectError(error.Groups[1].Value, error.Groups[2].Value, error.Groups[3].Value);
        }
        throw new FormatException($"Unknown TCK step '{step.Keyword.Trim()} {text}'.");
    }

    private static TckStep.ExpectRows Rows(IReadOnlyList<IReadOnlyList<string>> table, bool ordered, bool listsAsBags)
    {
        if (table.Count == 0)
        {
            throw new FormatException("A result table needs a header row.");
        }
        var rows = table.Skip(1)
            .Select(r => (IReadOnlyList<TckValue>)r.Select(TckValueParser.Parse).ToList())
            .ToList();
        return new TckStep.ExpectRows(table[0], rows, ordered, listsAsBags);
    }

    private static TckStep.ExpectSideEffects SideEffects(IReadOnlyList<IReadOnlyList<string>> table)
    {
        var effects = Pairs(table, cell => int.Parse(cell, System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, _) in effects)
        {
            if (!TckGraphState.EffectKeys.Contains(key))
            {
                throw new FormatException($"Unknown side-effect key '{key}'.");
            }
        }
        return new TckStep.ExpectSideEffects(effects.ToDictionary(p => p.Key, p => p.Value));
    }

    private static List<KeyValuePair<string, T>> Pairs<T>(IReadOnlyList<IReadOnlyList<string>> table, Func<string, T> parse) =>
        table.Select(row => row.Count == 2
                ? new KeyValuePair<string, T>(row[0].Trim(), parse(row[1]))
                : throw new FormatException($"Expected a two-column table row, got {row.Count} cells."))
            .ToList();
}
