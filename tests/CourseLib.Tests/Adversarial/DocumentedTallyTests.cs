namespace CourseLib.Tests.Adversarial;

/// <summary>
/// docs/bad-input.md shows the suite's last tally (copied from artifacts/adversarial/library.md). Its verdict columns
/// are measured, but its structure is the suite's own: these tests fail when a kind of bad input is added, removed or
/// renamed, or its number of cases changes, and the docs' table is not brought up to date. No case is run.
/// </summary>
public sealed class DocumentedTallyTests
{
    private static readonly string Page = Path.Combine(RepositoryRoot(), "docs", "bad-input.md");

    [Fact]
    public void The_docs_table_lists_every_kind_of_bad_input_the_suite_tries_with_its_number_of_cases()
    {
        var documented = TableRows().Where(r => r.Kind != "total").ToDictionary(r => r.Kind, r => r.Cases);
        var tried = AllCases.Cases.Values.GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(tried.OrderBy(p => p.Key, StringComparer.Ordinal), documented.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void The_docs_table_total_and_its_count_of_public_entries_are_the_suite_s()
    {
        var total = Assert.Single(TableRows(), r => r.Kind == "total");
        var text = File.ReadAllText(Page);

        Assert.Equal(AllCases.Cases.Count, total.Cases);
        Assert.Contains($"{AllCases.Baselines.Count} constructors, methods", text.ReplaceLineEndings(" "));
    }

    // The rows of the table whose header starts "| kind of bad input |": (kind, cases), "**total**" read as "total".
    private static List<(string Kind, int Cases)> TableRows()
    {
        var lines = File.ReadAllLines(Page);
        int header = Array.FindIndex(lines, l => l.StartsWith("| kind of bad input |", StringComparison.Ordinal));
        Assert.True(header >= 0, $"{Page} has no table whose header starts \"| kind of bad input |\"");
        return lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Select(cells => (cells[1].Trim('*'), int.Parse(cells[2].Trim('*'), System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NeuralClassification.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException($"No NeuralClassification.slnx above {AppContext.BaseDirectory}");
    }
}
