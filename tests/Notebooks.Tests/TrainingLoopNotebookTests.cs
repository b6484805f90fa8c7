namespace Notebooks.Tests;

/// <summary>04_training_loop: model_0, model_1 and the straight-line check print the original chapter's numbers.</summary>
[Trait("Tier", "Full")]
public class TrainingLoopNotebookTests
{
    private const string Notebook = "04_training_loop.ipynb";

    // The cells that train each model, found by the call they make.
    private const string TrainsModel0 = "TrainBinaryClassifier(model0";
    private const string TrainsModel1 = "TrainBinaryClassifier(model1";
    private const string TrainsModel2 = "model2.train()";

    private static async Task<string> OutputOfCellAsync(string code) => (await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutputOfCell(code);

    [Theory]
    [MemberData(nameof(Model1Reference.ProgressLines), MemberType = typeof(Model1Reference))]
    public async Task Model_1_trains_exactly_as_in_the_original(int epoch, string expected) =>
        TrainingLog.AssertMatches(expected, TrainingLog.LineFor(await OutputOfCellAsync(TrainsModel1), epoch));

    // model_2, the straight-line sanity check (1→10→10→1, L1Loss, SGD 0.1, seeded with 42).
    [Theory]
    [InlineData(0, "Epoch: 0 | Train loss: 0.75986, Test loss: 0.54143")]
    [InlineData(100, "Epoch: 100 | Train loss: 0.09309, Test loss: 0.02901")]
    [InlineData(900, "Epoch: 900 | Train loss: 0.05571, Test loss: 0.00603")]
    public async Task Model_2_fits_the_straight_line_as_in_the_original(int epoch, string expected) =>
        TrainingLog.AssertMatches(expected, TrainingLog.LineFor(await OutputOfCellAsync(TrainsModel2), epoch));

    [Fact]
    public async Task Model_2s_epoch_800_line_differs_from_the_original_in_the_fifth_decimal_and_the_notebook_says_so()
    {
        var output = await OutputOfCellAsync(TrainsModel2);
        TrainingLog.AssertMatches("Epoch: 800 | Train loss: 0.05600, Test loss: 0.01425", TrainingLog.LineFor(output, 800));

        var notebook = await CourseNotebooks.SourceAsync(Notebook);
        Assert.Contains("`Train loss: 0.05599, Test loss: 0.01426`", notebook);
    }

    [Fact]
    public async Task Builds_the_straight_line_in_the_notebook_and_names_underfitting()
    {
        var output = await CourseNotebooks.OutputAsync(Notebook);
        Assert.Contains("X shape [100, 1], y shape [100, 1]", output);
        Assert.Contains("first 5 X: [0.0000, 0.0100, 0.0200, 0.0300, 0.0400]", output);
        Assert.Contains("first 5 y: [0.3000, 0.3070, 0.3140, 0.3210, 0.3280]", output);

        var notebook = await CourseNotebooks.SourceAsync(Notebook);
        Assert.Contains("torch.arange(0, 1, 0.01, dtype: float32).unsqueeze(1)", notebook);
        Assert.Contains("**underfits**", notebook);
        Assert.Contains("**start small**", notebook);
    }

    [Fact]
    public async Task Says_the_chapters_test_set_plays_the_validation_sets_part_and_no_longer_mentions_unused_helpers()
    {
        var notebook = await CourseNotebooks.SourceAsync(Notebook);
        Assert.Contains("its test set plays the validation set's part", notebook);
        Assert.DoesNotContain("ZeroGrad", notebook);
        Assert.DoesNotContain("Engine.Fit", notebook);
    }

    [Fact]
    public async Task Model_0_stays_at_guessing_level()
    {
        var output = await OutputOfCellAsync(TrainsModel0);
        var last = Assert.Single(Assert.Single(ProgressLine.Runs(output)), l => l.Epoch == 90);
        Assert.InRange(last.TestAccuracy, 40, 60);
    }

    [Fact]
    public async Task Draws_decision_boundaries_and_the_regression_fit()
    {
        var charts = (await CourseNotebooks.ExecutedAsync(Notebook)).Charts.ToList();

        Assert.Equal(4, charts.Count);
        foreach (var boundary in charts.Take(2))
        {
            var heatmaps = boundary.Data.Where(t => (string?)t!["type"] == "heatmap").ToList();
            Assert.Equal(2, heatmaps.Count);                    // train and test panels
            Assert.All(heatmaps, h => Assert.Equal(101, h!["z"]!.AsArray().Count));
        }
        // The straight line is plotted before training (no predictions yet), then with the trained model's predictions.
        Assert.DoesNotContain(charts[2].Data, t => ((string?)t!["name"] ?? "").Contains("Predictions", StringComparison.OrdinalIgnoreCase));
        Assert.Equal([80, 20], charts[2].Data.Select(t => t!["x"]!.AsArray().Count));
        Assert.Contains(charts[3].Data, t => ((string?)t!["name"] ?? "").Contains("Predictions", StringComparison.OrdinalIgnoreCase));
    }
}
