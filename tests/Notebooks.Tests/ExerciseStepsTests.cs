using System.Text.RegularExpressions;
using CourseTests;

namespace Notebooks.Tests;

/// <summary>
/// What 09_exercises and 09_solutions share: the same numbered steps, each citing the notebook section that taught
/// it (and each cited section still there under that heading), the loop's five steps written out, and the very
/// same check cells.
/// </summary>
[Trait("Tier", "Full")]
public partial class ExerciseStepsTests
{
    private static readonly string[] Notebooks = ["09_exercises.ipynb", "09_solutions.ipynb"];

    [GeneratedRegex(@"notebook (?<notebook>\d\d[a-z]?), section ""(?<section>[^""]+)""")]
    private static partial Regex Citation();

    private static IReadOnlyList<(string Type, string Source)> Cells(ExecutedNotebook notebook) =>
        notebook.Json["cells"]!.AsArray().Select(c => ((string)c!["cell_type"]!, c["source"].JoinedText())).ToList();

    /// <summary>The headings of the course notebook whose file name starts with <paramref name="number"/>, without their #s.</summary>
    private static HashSet<string> Headings(string number)
    {
        var file = Assert.Single(Directory.GetFiles(CourseNotebooks.Options.NotebooksRoot, $"{number}_*.ipynb"));
        var notebook = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!;
        return notebook["cells"]!.AsArray()
            .Where(c => (string?)c!["cell_type"] == "markdown")
            .SelectMany(c => c!["source"].JoinedText().Split('\n'))
            .Where(line => line.StartsWith('#'))
            .Select(line => line.TrimStart('#').Trim())
            .ToHashSet();
    }

    [Fact]
    public async Task Every_section_the_exercises_their_solutions_and_their_checks_cite_is_a_heading_of_that_notebook()
    {
        var cited = new List<(string Notebook, string Section)>();
        foreach (var name in Notebooks)
        {
            var executed = await CourseNotebooks.ExecutedAsync(name);
            // The cells' text (markdown and TODO comments) and what the check cells print.
            var text = string.Join("\n", Cells(executed).Select(c => c.Source)) + executed.StandardOutput;
            cited.AddRange(Citation().Matches(text).Select(m => (m.Groups["notebook"].Value, m.Groups["section"].Value)));
        }

        var distinct = cited.Distinct().ToList();
        Assert.True(distinct.Count >= 12, $"expected the steps to cite at least 12 sections, found {distinct.Count}");
        var missing = distinct.Where(c => !Headings(c.Notebook).Contains(c.Section)).ToList();
        Assert.True(missing.Count == 0, "cited sections that are not headings of their notebook: " +
            string.Join("; ", missing.Select(m => $"notebook {m.Notebook}, section \"{m.Section}\"")));
    }

    [Fact]
    public async Task Each_step_of_the_moons_and_the_spirals_has_a_TODO_cell_that_cites_where_it_was_taught()
    {
        var todos = Cells(await CourseNotebooks.ExecutedAsync("09_exercises.ipynb"))
            .Where(c => c.Type == "code" && Regex.IsMatch(c.Source, @"^// TODO [13]\.\d "))
            .ToList();

        string[] steps = [.. new[] { 1, 3 }.SelectMany(e => Enumerable.Range(1, 7).Select(s => $"{e}.{s}"))];
        Assert.Equal(steps, todos.Select(c => c.Source[8..11]));
        Assert.All(todos, c => Assert.Matches(Citation(), c.Source.Split('\n')[0]));
    }

    [Fact]
    public async Task The_solutions_number_their_steps_as_the_exercises_and_cite_a_section_under_each()
    {
        var headings = Cells(await CourseNotebooks.ExecutedAsync("09_solutions.ipynb"))
            .Where(c => c.Type == "markdown" && Regex.IsMatch(c.Source, @"^### \d\. "))
            .ToList();

        // Steps 1 to 7 for the moons, then again for the spirals.
        Assert.Equal([.. Enumerable.Range(1, 7), .. Enumerable.Range(1, 7)], headings.Select(h => h.Source[4] - '0'));
        Assert.All(headings, h => Assert.Matches(@"^### \d\. [^\n]+\n\n\*Taught in notebook \d\d, section ""[^""]+""", h.Source));
    }

    [Theory]
    [InlineData("09_exercises.ipynb")]
    [InlineData("09_solutions.ipynb")]
    public async Task Both_training_loops_write_out_the_five_numbered_steps(string notebook)
    {
        var loops = Cells(await CourseNotebooks.ExecutedAsync(notebook))
            .Where(c => c.Type == "code" && c.Source.Contains("epoch < 1000"))
            .ToList();

        Assert.Equal(2, loops.Count); // the moons, then the spirals
        string[] steps = ["// 1. Forward pass", "// 2. Calculate the loss", "// 3. Optimizer zero grad", "// 4. Loss backward", "// 5. Optimizer step"];
        foreach (var (_, source) in loops)
        {
            var at = steps.Select(step => source.IndexOf(step, StringComparison.Ordinal)).ToArray();
            Assert.All(at, i => Assert.True(i >= 0, $"a step is missing from:\n{source}"));
            Assert.Equal(at.Order(), at);
        }
    }

    [Fact]
    public async Task The_solutions_run_the_exercises_check_cells_unchanged()
    {
        static async Task<List<string>> Checks(string notebook) =>
            Cells(await CourseNotebooks.ExecutedAsync(notebook)).Where(c => c.Type == "code" && c.Source.Contains("ExerciseCheck."))
                .Select(c => c.Source).ToList();

        var exercises = await Checks("09_exercises.ipynb");

        Assert.Equal(3, exercises.Count);
        Assert.Equal(exercises, await Checks("09_solutions.ipynb"));
    }

    [Theory]
    [InlineData("09_exercises.ipynb")]
    [InlineData("09_solutions.ipynb")]
    public async Task Takes_the_device_from_the_library_but_leaves_the_accuracy_function_to_the_learner(string notebook)
    {
        var source = await CourseNotebooks.SourceAsync(notebook);

        Assert.Contains("var device = Devices.Default;", source);
        Assert.DoesNotContain("cuda.is_available() ? CUDA : CPU", source);
        // Writing accuracy_fn is part of exercise 1 (step 5), so neither notebook calls the library's.
        Assert.DoesNotContain("ClassificationMetrics.AccuracyFn(", source);
    }
}
