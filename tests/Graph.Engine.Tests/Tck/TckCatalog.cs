using Gherkin.Ast;

namespace Graph.Engine.Tests.Tck;

/// <summary>
/// Every runnable case of the TCK: each .feature under shared/tck/features read with the Gherkin parser,
/// Background steps prepended, every Scenario Outline row expanded, @ignore scenarios left out.
/// Loaded once per process (thread-safe, lazy).
/// </summary>
public static class TckCatalog
{
    private static readonly Lazy<IReadOnlyDictionary<string, TckCase>> Cases = new(() => Load(TckPaths.Features));

    public static IReadOnlyDictionary<string, TckCase> All => Cases.Value;

    public static TckCase Get(string name) =>
        All.TryGetValue(name, out var tckCase) ? tckCase : throw new KeyNotFoundException($"No TCK case named '{name}'.");

    /// <summary>Names of the cases whose folder passes <paramref name="folderFilter"/>, as xunit theory rows.</summary>
    public static IEnumerable<object[]> Names(Func<string, bool> folderFilter) =>
        All.Values.Where(c => folderFilter(c.Folder)).Select(c => new object[] { c.Name });

    public static IReadOnlyDictionary<string, TckCase> Load(string featuresDirectory)
    {
        var files = Directory.GetFiles(featuresDirectory, "*.feature", SearchOption.AllDirectories);
        if (files.Length == 0)
        {
            throw new InvalidOperationException($"No .feature files under {featuresDirectory}.");
        }
        var cases = new SortedDictionary<string, TckCase>(StringComparer.Ordinal);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            foreach (var tckCase in LoadFeature(featuresDirectory, file))
            {
                if (!cases.TryAdd(tckCase.Name, tckCase))
                {
                    throw new InvalidOperationException($"Two TCK cases are named '{tckCase.Name}'.");
                }
            }
        }
        return cases;
    }

    private static IEnumerable<TckCase> LoadFeature(string root, string file)
    {
        var folder = Path.GetRelativePath(root, Path.GetDirectoryName(file)!).Replace('\\', '/');
        return ParseFeature(File.ReadAllText(file), folder, file);
    }

    /// <summary>The cases of one feature's text; <paramref name="file"/> names the feature (its file name without extension).</summary>
    public static IEnumerable<TckCase> ParseFeature(string text, string folder, string file)
    {
        var document = new Gherkin.Parser().Parse(new StringReader(text));
        var prefix = $"{folder}/{Path.GetFileNameWithoutExtension(file)}/";
        var children = document.Feature?.Children.ToList() ?? [];
        var background = children.OfType<Background>().SelectMany(b => b.Steps).ToList();
        foreach (var scenario in children.OfType<Scenario>())
        {
            if (scenario.Tags.Any(t => t.Name == "@ignore"))
            {
                continue;
            }
            var steps = background.Concat(scenario.Steps).ToList();
            var examples = scenario.Examples.ToList();
            if (examples.Count == 0)
            {
                yield return Build(prefix + scenario.Name, folder, file, scenario.Location.Line, steps, new Dictionary<string, string>());
                continue;
            }
            var rowIndex = 0;
            foreach (var example in examples)
            {
                var header = example.TableHeader.Cells.Select(c => c.Value).ToList();
                foreach (var row in example.TableBody)
                {
                    rowIndex++;
                    var values = header.Zip(row.Cells.Select(c => c.Value))
                        .ToDictionary(p => "<" + p.First + ">", p => p.Second);
                    yield return Build($"{prefix}{scenario.Name} [{rowIndex}]", folder, file, row.Location.Line, steps, values);
                }
            }
        }
    }

    private static TckCase Build(string name, string folder, string file, int line, IReadOnlyList<Step> steps,
        IReadOnlyDictionary<string, string> placeholders)
    {
        try
        {
            var planned = steps.Select(s => TckStepParser.Parse(s, text => Fill(text, placeholders))).ToList();
            return new TckCase(name, folder, file, line, planned);
        }
        catch (FormatException e)
        {
            throw new FormatException($"{file}:{line} ({name}): {e.Message}", e);
        }
    }

    private static string Fill(string text, IReadOnlyDictionary<string, string> placeholders)
    {
        foreach (var (placeholder, value) in placeholders)
        {
            text = text.Replace(placeholder, value, StringComparison.Ordinal);
        }
        return text;
    }
}
