namespace Notebooks.Tests;

/// <summary>04_training_loop: model_0, model_1 and the straight-line check print the original chapter's numbers.</summary>
public class TrainingLoopNotebookTests
{
    private const string Notebook = "04_training_loop.ipynb";

    // model_1 as printed by the original chapter (2→10→10→1, BCEWithLogitsLoss, SGD 0.1, seeded with 42).
    [Theory]
    [InlineData(0, "Epoch: 0 | Loss: 0.69396, Accuracy: 50.88% | Test loss: 0.69261, Test acc: 51.00%")]
    [InlineData(100, "Epoch: 100 | Loss: 0.69305, Accuracy: 50.38% | Test loss: 0.69379, Test acc: 48.00%")]
    [InlineData(900, "Epoch: 900 | Loss: 0.69298, Accuracy: 51.00% | Test loss: 0.69468, Test acc: 46.00%")]
    public async Task Model_1_trains_exactly_as_in_the_original(int epoch, string expected)
    {
        var output = (await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutput;
        var model1Output = output[output.IndexOf("CircleModelV1(", StringComparison.Ordinal)..];
        TrainingLog.AssertMatches(expected, TrainingLog.LineFor(model1Output[..model1Output.IndexOf("train: 80", StringComparison.Ordinal)], epoch));
    }

    // model_2, the straight-line sanity check (1→10→10→1, L1Loss, SGD 0.1, seeded with 42).
    [Theory]
    [InlineData(0, "Epoch: 0 | Train loss: 0.75986, Test loss: 0.54143")]
    [InlineData(100, "Epoch: 100 | Train loss: 0.09309, Test loss: 0.02901")]
    [InlineData(900, "Epoch: 900 | Train loss: 0.05571, Test loss: 0.00603")]
    public async Task Model_2_fits_the_straight_line_as_in_the_original(int epoch, string expected)
    {
        var output = (await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutput;
        TrainingLog.AssertMatches(expected, TrainingLog.LineFor(output[output.IndexOf("train: 80", StringComparison.Ordinal)..], epoch));
    }

    [Fact]
    public async Task Model_2s_epoch_800_line_differs_from_the_original_in_the_fifth_decimal_and_the_notebook_says_so()
    {
        var output = (await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutput;
        TrainingLog.AssertMatches("Epoch: 800 | Train loss: 0.05600, Test loss: 0.01425",
            TrainingLog.LineFor(output[output.IndexOf("train: 80", StringComparison.Ordinal)..], 800));

        var notebook = await File.ReadAllTextAsync(Path.Combine(CourseNotebooks.Options.NotebooksRoot, Notebook));
        Assert.Contains("`Train loss: 0.05599, Test loss: 0.01426`", notebook);
    }

    [Fact]
    public async Task Builds_the_straight_line_in_the_notebook_and_names_underfitting()
    {
        var output = (await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutput;
        Assert.Contains("X shape [100, 1], y shape [100, 1]", output);
        Assert.Contains("first 5 X: [0.0000, 0.0100, 0.0200, 0.0300, 0.0400]", output);
        Assert.Contains("first 5 y: [0.3000, 0.3070, 0.3140, 0.3210, 0.3280]", output);

        var notebook = await File.ReadAllTextAsync(Path.Combine(CourseNotebooks.Options.NotebooksRoot, Notebook));
        Assert.Contains("torch.arange(0, 1, 0.01, dtype: float32).unsqueeze(1)", notebook);
        Assert.Contains("**underfits**", notebook);
        Assert.Contains("**start small**", notebook);
    }

    [Fact]
    public async Task Says_the_chapters_test_set_plays_the_validation_sets_part_and_no_longer_mentions_unused_helpers()
    {
        var notebook = await File.ReadAllTextAsync(Path.Combine(CourseNotebooks.Options.NotebooksRoot, Notebook));
        Assert.Contains("its test set plays the validation set's part", notebook);
        Assert.DoesNotContain("ZeroGrad", notebook);
        Assert.DoesNotContain("Engine.Fit", notebook);
    }

    [Fact]
    public async Task Model_0_stays_at_guessing_level()
    {
        var output = (await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutput;
        var model0Output = output[..output.IndexOf("CircleModelV1(", StringComparison.Ordinal)];
        var last = TrainingLog.LineFor(model0Output, 90);
        var testAccuracy = double.Parse(System.Text.RegularExpressions.Regex.Match(last, @"Test acc: (\d+\.\d+)%").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(testAccuracy, 40, 60);
    }

    [Fact]
    public async Task Draws_decision_boundaries_and_the_regression_fit()
    {
        var charts = (await CourseNotebooks.ExecutedAsync(Notebook)).Charts.ToList();

        Assert.Equal(4, charts.Count);
        foreach (var boundary in charts.Take(2))
        {
            var heatmaps = boundary.Traces.Where(t => (string?)t!["type"] == "heatmap").ToList();
            Assert.Equal(2, heatmaps.Count);                    // train and test panels
            Assert.All(heatmaps, h => Assert.Equal(101, h!["z"]!.AsArray().Count));
        }
        // The straight line is plotted before training (no predictions yet), then with the trained model's predictions.
        Assert.DoesNotContain(charts[2].Traces, t => ((string?)t!["name"] ?? "").Contains("Predictions", StringComparison.OrdinalIgnoreCase));
        Assert.Equal([80, 20], charts[2].Traces.Select(t => t!["x"]!.AsArray().Count));
        Assert.Contains(charts[3].Traces, t => ((string?)t!["name"] ?? "").Contains("Predictions", StringComparison.OrdinalIgnoreCase));
    }
}
