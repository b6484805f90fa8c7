using CourseTests;

namespace Notebooks.Tests;

/// <summary>
/// What 09_exercises gives the learner: the data of each exercise made and shown, the tasks left as TODO
/// cells that still run, and no solution given away.
/// </summary>
public class ExercisesNotebookTests
{
    private const string Notebook = "09_exercises.ipynb";

    [Fact]
    public async Task Makes_and_splits_the_moons_and_the_spirals()
    {
        var output = (await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutput;

        Assert.Contains("train: 800 samples, test: 200 samples", output);
        Assert.Contains("train: 240 samples, test: 60 samples", output);
    }

    [Fact]
    public async Task Shows_both_datasets_coloured_by_class()
    {
        var charts = (await CourseNotebooks.ExecutedAsync(Notebook)).Charts.ToList();

        Assert.Equal(2, charts.Count);
        Assert.Equal([500, 500], charts[0].Data.Select(t => t!["x"]!.AsArray().Count));
        Assert.Equal([100, 100, 100], charts[1].Data.Select(t => t!["x"]!.AsArray().Count));
    }

    [Fact]
    public async Task Leaves_the_tasks_as_TODO_cells_and_trains_nothing()
    {
        var executed = await CourseNotebooks.ExecutedAsync(Notebook);
        var codeSources = executed.Json["cells"]!.AsArray()
            .Where(c => (string?)c!["cell_type"] == "code")
            .Select(c => c!["source"].JoinedText())
            .ToList();

        Assert.True(codeSources.Count(s => s.Contains("// TODO")) >= 7, "every exercise step should have a TODO cell");
        Assert.DoesNotContain("Epoch: ", executed.StandardOutput);
    }

    [Fact]
    public async Task Each_exercises_check_runs_on_the_untouched_notebook_and_says_it_is_not_done_yet()
    {
        var output = (await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutput;

        Assert.Contains("Exercise 1: not done yet: moonModel is still null; build and train it in the cells above, then run this check again.", output);
        Assert.Contains("Exercise 2: not done yet: Tanh is still null; write it in the cell above, then run this check again.", output);
        Assert.Contains("Exercise 3: not done yet: spiralModel is still null; build and train it in the cells above, then run this check again.", output);
        Assert.DoesNotContain(": done", output);
    }

    [Fact]
    public async Task Ends_with_the_extra_curriculum_as_a_list_that_links_each_reading()
    {
        var cells = (await CourseNotebooks.ExecutedAsync(Notebook)).Json["cells"]!.AsArray();
        var last = cells[^1]!;
        var text = last["source"].JoinedText();

        Assert.Equal("markdown", (string?)last["cell_type"]);
        Assert.StartsWith("## Extra-curriculum", text);
        var items = text.Split('\n').Where(line => line.StartsWith("- **")).ToList();
        Assert.True(items.Count >= 9, $"expected the original chapter's items and ours, found {items.Count}");
        foreach (var link in new[]
        {
            "https://www.learnpytorch.io/02_pytorch_classification/#extra-curriculum",
            "https://playground.tensorflow.org/",
            "https://www.3blue1brown.com/lessons/backpropagation",
            "https://stackoverflow.com/questions/41455101/what-is-the-meaning-of-the-word-logits-in-tensorflow",
            "https://pytorch.org/docs/stable/nn.html#loss-functions",
            "https://distill.pub/2017/momentum/",
        })
            Assert.Contains($"]({link})", text);
    }
}
