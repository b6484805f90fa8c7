using CourseTests;

namespace Notebooks.Tests;

/// <summary>
/// What 09_exercises gives the learner: the data of each exercise as the dataset's arrays, shown; the steps from
/// tensors to training loop left as TODO cells that still run, and no solution given away; check cells that say, on
/// the untouched notebook, that nothing is done yet.
/// </summary>
[Trait("Tier", "Full")]
public class ExercisesNotebookTests
{
    private const string Notebook = "09_exercises.ipynb";

    [Fact]
    public async Task Shows_the_raw_arrays_of_the_moons_and_the_spirals_and_leaves_the_tensors_and_the_split_to_the_learner()
    {
        var output = (await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutput;

        Assert.Contains("moons.X: 1000 samples × 2 features, moons.Y: 1000 labels", output);
        Assert.Contains("[-0.03341062  0.42139110] -> 1", output); // make_moons(1000, noise=0.07, random_state=42)'s first row
        Assert.Contains("spirals.X: 300 samples × 2 features, spirals.Y: 300 labels (3 classes)", output);
        // Nothing made into tensors or split for the learner: the check still finds every variable a placeholder.
        Assert.DoesNotContain("train: ", output);
        Assert.DoesNotContain("[x] ", output);
    }

    [Fact]
    public async Task No_code_the_learner_is_given_makes_the_tensors_splits_or_does_a_training_step()
    {
        var executed = await CourseNotebooks.ExecutedAsync(Notebook);
        // Every line of code outside comments, in the cells after the two setup cells.
        var code = executed.Json["cells"]!.AsArray()
            .Where(c => (string?)c!["cell_type"] == "code")
            .Skip(2)
            .SelectMany(c => c!["source"].JoinedText().Split('\n'))
            .Select(line => line.Split("//", 2)[0])
            .ToList();

        foreach (var done in new[] { "ToTensors(", "from_array(", "torch.tensor(", "TrainTestSplit(", "manual_seed(", "Engine.", "Fit(",
                     "zero_grad(", "backward(", ".step(", "LossFn", "optim." })
            Assert.DoesNotContain(code, line => line.Contains(done, StringComparison.Ordinal));
        // The learner's variables start as placeholders, for the check cells to report.
        Assert.Contains(code, line => line.Contains("Tensor? XMoons = null, yMoons = null;"));
        Assert.Contains(code, line => line.Contains("Tensor? XSpiralsTrain = null, XSpiralsTest = null, ySpiralsTrain = null, ySpiralsTest = null;"));
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

        const string Tensors = "(notebook 01, section \"Turn the data into tensors\")";
        Assert.Contains($$"""
            Exercise 1, step by step:
              [ ] tensors: XMoons is still null; make it from moons.X with torch.from_array, as float32 {{Tensors}}.
              [ ] split: waits for the tensors
              [ ] model: moonModel is still null; build it with 2 inputs, 1 output (a logit) and non-linear activations between the layers (notebook 02, section "A model as a class"; notebook 05, section "A model with non-linearity").
              [ ] goal: test accuracy > 96%: waits for the split and the model
            Exercise 1: not done yet: XMoons is still null; make it from moons.X with torch.from_array, as float32 {{Tensors}}.
            """.ReplaceLineEndings("\n"), output.ReplaceLineEndings("\n"));
        Assert.Contains("Exercise 2: not done yet: Tanh is still null; write it in the cell above, then run this check again.", output);
        Assert.Contains($$"""
            Exercise 3, step by step:
              [ ] tensors: XSpirals is still null; make it from spirals.X with torch.from_array, as float32 {{Tensors}}.
              [ ] split: waits for the tensors
              [ ] model: spiralModel is still null; build it with 2 inputs, 3 outputs (one logit per class) and non-linear activations between the layers (notebook 06, section "A multi-class model"; notebook 05, section "A model with non-linearity").
              [ ] goal: test accuracy > 95%: waits for the split and the model
            Exercise 3: not done yet: XSpirals is still null; make it from spirals.X with torch.from_array, as float32 {{Tensors}}.
            """.ReplaceLineEndings("\n"), output.ReplaceLineEndings("\n"));
        Assert.DoesNotContain(": done", output);
    }

    [Fact]
    public async Task Ends_before_its_map_with_the_extra_curriculum_as_a_list_that_links_each_reading()
    {
        var cells = (await CourseNotebooks.ExecutedAsync(Notebook)).Json["cells"]!.AsArray();
        var last = OriginalMap.CellsBefore(cells)[^1]; // the last section before the map
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
