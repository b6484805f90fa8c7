namespace Notebooks.Tests;

/// <summary>05_non_linearity: model_3 with ReLU reproduces the original chapter; activations written by hand.</summary>
public class NonLinearityNotebookTests
{
    private const string Notebook = "05_non_linearity.ipynb";

    // model_3 as printed by the original chapter (2→10→10→1 with ReLU, BCEWithLogitsLoss, SGD 0.1, seeded with 42).
    [Theory]
    [InlineData(0, "Epoch: 0 | Loss: 0.69295, Accuracy: 50.00% | Test Loss: 0.69319, Test Accuracy: 50.00%")]
    [InlineData(500, "Epoch: 500 | Loss: 0.68102, Accuracy: 52.75% | Test Loss: 0.67941, Test Accuracy: 56.50%")]
    [InlineData(900, "Epoch: 900 | Loss: 0.62362, Accuracy: 74.00% | Test Loss: 0.62145, Test Accuracy: 79.00%")]
    [InlineData(999, "Epoch: 999 | Loss: 0.56890, Accuracy: 87.62% | Test Loss: 0.57440, Test Accuracy: 86.50%")]
    public async Task Model_3_trains_exactly_as_in_the_original(int epoch, string expected)
    {
        var output = (await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutput;
        TrainingLog.AssertMatches(expected, TrainingLog.LineFor(output, epoch));
    }

    [Fact]
    public async Task Hand_written_activations_equal_torchs()
    {
        var output = (await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutput;

        Assert.Contains("same as torch.relu:   True", output);
        Assert.Contains("same as torch.sigmoid: True", output);
        // The original chapter's sigmoid(arange(-10, 10)) at its first, middle and last values.
        Assert.Contains("sigmoid(A) at -10, 0, 9: 4.5398e-05, 5.0000e-01, 9.9988e-01", output);
    }

    [Fact]
    public async Task Shows_the_data_the_curved_boundary_and_the_activations()
    {
        var charts = (await CourseNotebooks.ExecutedAsync(Notebook)).Charts.ToList();

        Assert.Equal(3, charts.Count);
        Assert.Equal(1000, charts[0].Traces.Sum(t => t!["x"]!.AsArray().Count));
        Assert.Equal(2, charts[1].Traces.Count(t => (string?)t!["type"] == "heatmap"));
        Assert.Equal(4, charts[2].Traces.Count);
    }
}
