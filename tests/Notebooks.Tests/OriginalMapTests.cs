using System.Text.Json.Nodes;

namespace Notebooks.Tests;

/// <summary>
/// Every chapter ends with its "In the original" map (see <see cref="OriginalMap"/>): the section is there and names the
/// original's sections (fast, from the committed notebooks).
/// </summary>
public class OriginalMapStructureTests
{
    [Theory]
    [MemberData(nameof(CourseNotebooks.AllAsTheoryData), MemberType = typeof(CourseNotebooks))]
    public async Task Ends_with_an_In_the_original_section_that_names_sections_of_the_original(string notebook)
    {
        var cells = JsonNode.Parse(await CourseNotebooks.SourceAsync(notebook))!["cells"]!.AsArray();
        int start = OriginalMap.Start(cells);

        Assert.True(start >= 0, $"{notebook} has no markdown cell starting with \"{OriginalMap.Heading}\"");
        var map = cells.Skip(start).Select(c => c!).ToList();
        var text = string.Join("\n", map.Where(c => (string?)c["cell_type"] == "markdown").Select(c => c["source"].JoinedText()));
        // Nothing after the map but the map: no other section heading follows it.
        Assert.DoesNotContain("\n## ", text[OriginalMap.Heading.Length..]);
        Assert.DoesNotContain(map.Skip(1), c => (string?)c["cell_type"] == "markdown" && c["source"].JoinedText().StartsWith("#", StringComparison.Ordinal));
        var named = OriginalChapter.Sections.Where(s => text.Contains($"\"{s}\"", StringComparison.Ordinal) || text.Contains($"\"{WithoutNumber(s)}\"", StringComparison.Ordinal)).ToList();
        Assert.True(named.Count > 0, $"{notebook}'s map names none of the original's sections in quotes, as the original titles them (e.g. \"3. Train model\")");
    }

    [Fact]
    public void The_original_lines_the_maps_may_quote_agree_with_the_lines_the_notebook_tests_pin()
    {
        foreach (var reference in new[] { Model3Reference.ProgressLines, Model4Reference.ProgressLines })
            foreach (var row in reference)
            {
                var line = row.Data.Item2;
                var epoch = line.Split(" |")[0] + " |";
                if (OriginalChapter.PrintedLines.Any(l => l.StartsWith(epoch, StringComparison.Ordinal) && TrainingLog.Lines(l).Single().Metrics.Select(m => m.Name).SequenceEqual(TrainingLog.Lines(line).Single().Metrics.Select(m => m.Name))))
                    Assert.Contains(line, OriginalChapter.PrintedLines);
            }
    }

    private static string WithoutNumber(string section) => System.Text.RegularExpressions.Regex.Replace(section, @"^\d+(\.\d+)*\.? ", "");
}

/// <summary>
/// Each line a map quotes from the original is one the original prints, and equals the line this run printed beside
/// it (a loss give or take one in the fifth decimal, as <see cref="TrainingLog"/> allows), which the notebook printed
/// where it computed it, too.
/// </summary>
[Trait("Tier", "Full")]
public class OriginalMapOutputTests
{
    [Theory]
    [MemberData(nameof(CourseNotebooks.AllAsTheoryData), MemberType = typeof(CourseNotebooks))]
    public async Task Every_quoted_original_line_equals_the_line_this_run_printed(string notebook)
    {
        var executed = await CourseNotebooks.ExecutedAsync(notebook);
        var output = executed.StandardOutput.ReplaceLineEndings("\n");
        var pairs = OriginalMap.PrintedPairs(output);
        var before = output[..Math.Max(0, output.IndexOf("\n" + OriginalMap.OriginalPrefix, StringComparison.Ordinal))];

        foreach (var (original, thisRun) in pairs)
        {
            Assert.Contains(original, OriginalChapter.PrintedLines);
            if (TrainingLog.Lines(original).Any())
            {
                TrainingLog.AssertMatches(original, thisRun);
                Assert.Contains(thisRun + "\n", before); // the training printed it before the map set it beside the original's
            }
            else
                Assert.Equal(original, thisRun);
        }
    }

    [Theory]
    [InlineData("01_data.ipynb", 2)]
    [InlineData("02_model.ipynb", 4)]
    [InlineData("05_non_linearity.ipynb", 3)]
    [InlineData("06_multiclass.ipynb", 3)]
    [InlineData("07_metrics.ipynb", 3)]
    [InlineData("12_live_training.ipynb", 3)]
    public async Task Sets_the_originals_printed_lines_beside_this_runs_where_it_reproduces_them(string notebook, int lines)
    {
        var output = await CourseNotebooks.OutputAsync(notebook);
        Assert.Equal(lines, OriginalMap.PrintedPairs(output).Count);
    }
}
