namespace Notebooks.Tests;

/// <summary>05_non_linearity: model_3 with ReLU reproduces the original chapter; activations written by hand.</summary>
[Trait("Tier", "Full")]
public class NonLinearityNotebookTests
{
    private const string Notebook = "05_non_linearity.ipynb";

    // model_3 as printed by the original chapter (2→10→10→1 with ReLU, BCEWithLogitsLoss, SGD 0.1, seeded with 42).
    [Theory]
    [MemberData(nameof(Model3Reference.ProgressLines), MemberType = typeof(Model3Reference))]
    public async Task Model_3_trains_exactly_as_in_the_original(int epoch, string expected) =>
        TrainingLog.AssertMatches(expected, TrainingLog.LineFor(await CourseNotebooks.OutputAsync(Notebook), epoch));

    [Fact]
    public async Task Hand_written_activations_equal_torchs()
    {
        var output = await CourseNotebooks.OutputAsync(Notebook);

        Assert.Contains("same as torch.relu:   True", output);
        Assert.Contains("same as torch.sigmoid: True", output);
        // The original chapter's sigmoid(arange(-10, 10)) at its first, middle and last values.
        Assert.Contains("sigmoid(A) at -10, 0, 9: 4.5398e-05, 5.0000e-01, 9.9988e-01", output);
    }

    [Fact]
    public async Task Shows_the_data_the_curved_boundary_and_the_activations()
    {
        var charts = (await CourseNotebooks.ExecutedAsync(Notebook)).Charts.ToList();

        Assert.Equal(5, charts.Count);
        Assert.Equal(1000, charts[0].Data.Sum(t => t!["x"]!.AsArray().Count));
        Assert.Equal(2, charts[1].Data.Count(t => (string?)t!["type"] == "heatmap"));
        Assert.Equal(4, charts[4].Data.Count);   // the library's Linear, ReLU, Sigmoid, Tanh
    }

    [Fact]
    public async Task Draws_model_1_and_model_3_boundaries_side_by_side_after_training_model_1_as_notebook_04()
    {
        var executed = await CourseNotebooks.ExecutedAsync(Notebook);

        // model_1 retrained with Engine.Fit ends where notebook 04's loop ends it (its epoch-900 line there: test acc 46.00%).
        Assert.Contains("model_1 after 1,000 epochs: Epoch: 999 | Loss: 0.69298, Accuracy: 51.00% | Test loss: 0.69468, Test acc: 46.00%", executed.StandardOutput);
        var sideBySide = executed.Charts.ToList()[2];
        Assert.Equal(2, sideBySide.Data.Count(t => (string?)t!["type"] == "heatmap"));   // one panel per model
        Assert.Equal(4, sideBySide.Data.Count(t => (string?)t!["type"] == "scatter"));   // the test points of each class, in each panel
    }

    [Fact]
    public async Task Plots_the_learners_own_Relu_and_Sigmoid_and_gives_the_sigmoid_formula()
    {
        var executed = await CourseNotebooks.ExecutedAsync(Notebook);
        var own = executed.Charts.ToList()[3];

        Assert.Equal(["our Relu(A)", "our Sigmoid(A)"], own.Data.Select(t => (string?)t!["name"]));
        Assert.All(own.Data, t => Assert.Equal(20, t!["y"]!.AsArray().Count));
        var relu = own.Data[0]!["y"]!.AsArray().Select(v => (double)v!).ToArray();
        Assert.Equal(Enumerable.Range(-10, 20).Select(x => Math.Max(0.0, x)), relu);
        var sigmoid = own.Data[1]!["y"]!.AsArray().Select(v => (double)v!).ToArray();
        Assert.Equal(Enumerable.Range(-10, 20).Select(x => 1 / (1 + Math.Exp(-x))), sigmoid, (a, b) => Math.Abs(a - b) < 1e-6);

        var notebook = await CourseNotebooks.SourceAsync(Notebook);
        Assert.Contains(@"\\sigma(x) = \\frac{1}{1 + e^{-x}}", notebook);
    }
}
