using System.Text.RegularExpressions;
using Graph.Core.Values;
using Graph.Explorer.Import;

namespace Graph.Explorer.Tests.Dataset;

/// <summary>Validation of the curated seed graph over its CSV files, without a database.</summary>
public sealed partial class SeedGraphTests
{
    [Fact]
    public void Quotes_EveryNodeAndRelationship_AreExactSubstringsOfTheirParagraph()
    {
        var problems = new List<string>();
        foreach (var row in SeedFiles.Nodes.Concat(SeedFiles.Relationships))
        {
            var quote = row.Properties.GetValueOrDefault("quote") as string;
            var paragraph = row.Properties.GetValueOrDefault("paragraph") as long?;
            if (string.IsNullOrEmpty(quote) || paragraph is null)
            {
                problems.Add($"{row.File}:{row.Line} has no quote or paragraph");
            }
            else if (paragraph < 0 || paragraph >= Article.Paragraphs.Count || !Article.Paragraphs[(int)paragraph].Contains(quote, StringComparison.Ordinal))
            {
                problems.Add($"{row.File}:{row.Line} quote not in paragraph {paragraph}: {quote}");
            }
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void Validate_SeedFiles_KeysUniqueAndNoDanglingRelationships()
    {
        SeedLoader.Validate(SeedFiles.All);
        var keys = SeedFiles.Nodes.Select(r => r.Key!).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        var relationshipKeys = SeedFiles.Relationships.Select(r => (string)r.Properties["key"]!).ToList();
        Assert.Equal(relationshipKeys.Count, relationshipKeys.Distinct(StringComparer.Ordinal).Count());
        var keySet = keys.ToHashSet(StringComparer.Ordinal);
        Assert.All(SeedFiles.Relationships, r => Assert.True(keySet.Contains(r.Start!) && keySet.Contains(r.End!), $"{r.File}:{r.Line}"));
    }

    [Fact]
    public void Nodes_Every_HasChineseNameFromTheArticleEnglishNamePinyinAndAliases()
    {
        Assert.All(SeedFiles.Nodes, row =>
        {
            var where = $"{row.File}:{row.Line} ({row.Key})";
            var name = Assert.IsType<string>(row.Properties.GetValueOrDefault("name"));
            Assert.True(Article.Text.Contains(name, StringComparison.Ordinal), $"{where}: name '{name}' is not in the article");
            var english = Assert.IsType<string>(row.Properties.GetValueOrDefault("name_en"));
            Assert.False(CjkPattern().IsMatch(english), $"{where}: name_en '{english}' contains Chinese characters");
            var pinyin = Assert.IsType<string>(row.Properties.GetValueOrDefault("pinyin"));
            Assert.Matches(@"^[a-zü0-9 ]+$", pinyin);
            Assert.IsAssignableFrom<IReadOnlyList<object?>>(row.Properties.GetValueOrDefault("aliases"));
            Assert.Matches(@"^[a-z0-9]+(-[a-z0-9]+)*$", row.Key);
        });
    }

    [Fact]
    public void Names_LabelsAndTypes_FollowNeo4jConventions()
    {
        Assert.All(SeedFiles.Nodes, row =>
        {
            Assert.Contains(SeedLoader.EntityLabel, row.Labels);
            Assert.True(row.Labels.Count >= 2, $"{row.Key} has no label besides Entity");
            Assert.All(row.Labels, label => Assert.Matches("^[A-Z][a-z]+([A-Z][a-z]+)*$", label));
        });
        Assert.All(SeedFiles.Relationships, row => Assert.Matches("^[A-Z]+(_[A-Z]+)*$", row.Type!));
    }

    [Fact]
    public void Properties_YearsCountsAndDates_AreTyped()
    {
        string[] integers = ["year", "since", "until", "month", "count", "value", "rank", "students", "paragraph", "target_year"];
        foreach (var row in SeedFiles.Nodes.Concat(SeedFiles.Relationships))
        {
            foreach (var name in integers.Where(row.Properties.ContainsKey))
            {
                Assert.True(row.Properties[name] is long, $"{row.File}:{row.Line} {name} is not an integer");
            }
            foreach (var name in new[] { "date", "founded" }.Where(row.Properties.ContainsKey))
            {
                Assert.True(row.Properties[name] is CypherDate, $"{row.File}:{row.Line} {name} is not a date");
            }
        }
    }

    [Fact]
    public void Reachability_EveryNode_IsConnectedToAnAllianceOrRegion()
    {
        var neighbours = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in SeedFiles.Relationships)
        {
            Neighbours(neighbours, row.Start!).Add(row.End!);
            Neighbours(neighbours, row.End!).Add(row.Start!);
        }
        var roots = SeedFiles.Nodes.Where(r => r.Labels.Contains("Alliance") || r.Labels.Contains("Region")).Select(r => r.Key!);
        var seen = new HashSet<string>(roots, StringComparer.Ordinal);
        var queue = new Queue<string>(seen);
        while (queue.TryDequeue(out var key))
        {
            foreach (var next in neighbours.GetValueOrDefault(key) ?? [])
            {
                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }
        var unreachable = SeedFiles.Nodes.Select(r => r.Key!).Where(k => !seen.Contains(k)).ToList();
        Assert.True(unreachable.Count == 0, "Unreachable: " + string.Join(", ", unreachable));
    }

    [Fact]
    public void Counts_NodesByLabel_MatchTheCuratedGraph()
    {
        var expected = new SortedDictionary<string, int>(StringComparer.Ordinal)
        {
            ["Agreement"] = 3, ["Alliance"] = 3, ["Article"] = 1, ["Association"] = 1, ["Award"] = 5, ["Brand"] = 2,
            ["Cohort"] = 4, ["Competition"] = 5, ["CoordinationGroup"] = 1, ["Enterprise"] = 9, ["Entity"] = 157,
            ["Event"] = 4, ["GovernmentBody"] = 4, ["Hotel"] = 1, ["Kindergarten"] = 2, ["Organization"] = 14,
            ["Person"] = 10, ["Photo"] = 5, ["Platform"] = 1, ["Poster"] = 1, ["Product"] = 5, ["Programme"] = 16,
            ["Region"] = 21, ["School"] = 19, ["Specialty"] = 5, ["Statistic"] = 19, ["Team"] = 4,
            ["TrainingBase"] = 3, ["Workshop"] = 4,
        };
        var actual = new SortedDictionary<string, int>(SeedFiles.Nodes.SelectMany(r => r.Labels)
            .GroupBy(l => l, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
        Assert.Equal(expected, actual);
        Assert.Equal(272, SeedFiles.Relationships.Count());
    }

    [Fact]
    public void Schools_Every_HasALevelFromTheFourLevels()
    {
        string[] levels = ["secondary-vocational", "technician-school", "higher-vocational", "university"];
        Assert.All(SeedFiles.Nodes.Where(r => r.Labels.Contains("School")),
            row => Assert.Contains(row.Properties.GetValueOrDefault("level") as string, levels));
    }

    [Fact]
    public void Regions_EveryRegionButChina_IsPartOfExactlyOneParentRegion()
    {
        var regions = SeedFiles.Nodes.Where(r => r.Labels.Contains("Region")).Select(r => r.Key!).ToHashSet();
        var parents = SeedFiles.Relationships.Where(r => r.Type == "PART_OF" && regions.Contains(r.Start!) && regions.Contains(r.End!))
            .GroupBy(r => r.Start!).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(regions.Where(k => k != "region-china"), key => Assert.Equal(1, parents.GetValueOrDefault(key)));
    }

    private static List<string> Neighbours(Dictionary<string, List<string>> map, string key) =>
        map.TryGetValue(key, out var list) ? list : map[key] = [];

    [GeneratedRegex(@"[\u3400-\u9fff]")]
    private static partial Regex CjkPattern();
}
