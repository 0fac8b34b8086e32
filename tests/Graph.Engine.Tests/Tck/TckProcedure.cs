using System.Text.RegularExpressions;

namespace Graph.Engine.Tests.Tck;

/// <summary>
/// A procedure declared by "there exists a procedure name(in :: TYPE?, ...) :: (out :: TYPE?, ...)": its table
/// lists input values then output values; a call returns the output of every row whose inputs equal the
/// arguments (the old Scala TCK's semantics). Immutable, thread-safe.
/// </summary>
public sealed partial record TckProcedure(string Name, IReadOnlyList<(string Name, string Type)> Inputs,
    IReadOnlyList<(string Name, string Type)> Outputs, IReadOnlyList<IReadOnlyList<TckValue>> Rows)
{
    [GeneratedRegex(@"^\s*(?<name>[A-Za-z_][\w.]*)\s*\((?<in>[^)]*)\)\s*::\s*\((?<out>[^)]*)\)\s*$")]
    private static partial Regex SignaturePattern();

    /// <summary>Parses the signature text (without the trailing ':') and the table (header = inputs then outputs).</summary>
    public static TckProcedure Parse(string signature, IReadOnlyList<IReadOnlyList<string>> table)
    {
        var match = SignaturePattern().Match(signature);
        if (!match.Success)
        {
            throw new FormatException($"Bad procedure signature '{signature}'.");
        }
        var inputs = ParseFields(match.Groups["in"].Value);
        var outputs = ParseFields(match.Groups["out"].Value);
        var header = table.Count > 0 ? table[0] : [];
        var expectedHeader = inputs.Concat(outputs).Select(f => f.Name).ToList();
        if (!header.SequenceEqual(expectedHeader))
        {
            throw new FormatException(
                $"Procedure {match.Groups["name"].Value}: table header [{string.Join(", ", header)}] does not list inputs then outputs.");
        }
        var rows = table.Skip(1).Select(row => (IReadOnlyList<TckValue>)row.Select(TckValueParser.Parse).ToList()).ToList();
        return new TckProcedure(match.Groups["name"].Value, inputs, outputs, rows);
    }

    private static List<(string Name, string Type)> ParseFields(string text)
    {
        var fields = new List<(string, string)>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split("::", 2, StringSplitOptions.TrimEntries);
            if (pieces.Length != 2 || pieces[0].Length == 0 || pieces[1].Length == 0)
            {
                throw new FormatException($"Bad procedure field '{part}'.");
            }
            fields.Add((pieces[0], pieces[1]));
        }
        return fields;
    }

    /// <summary>The output rows for one call: rows whose input cells match the arguments, outputs in signature order.</summary>
    public IEnumerable<object?[]> Invoke(IReadOnlyList<object?> arguments)
    {
        if (arguments.Count != Inputs.Count)
        {
            throw new ArgumentException($"{Name} takes {Inputs.Count} arguments, got {arguments.Count}.");
        }
        foreach (var row in Rows)
        {
            var matches = true;
            for (var i = 0; i < Inputs.Count && matches; i++)
            {
                matches = TckValueMatcher.Matches(row[i], arguments[i]);
            }
            if (matches)
            {
                yield return row.Skip(Inputs.Count).Select(TckValueMatcher.ToCore).ToArray();
            }
        }
    }
}
