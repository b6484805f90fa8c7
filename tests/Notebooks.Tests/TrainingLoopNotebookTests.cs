using System.Globalization;
using System.Text.RegularExpressions;

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
    public async Task Sets_the_originals_model_2_lines_beside_this_runs_and_counts_the_digits_apart_instead_of_quoting_one_machine()
    {
        var output = await OutputOfCellAsync(TrainsModel2);
        TrainingLog.AssertMatches("Epoch: 800 | Train loss: 0.05600, Test loss: 0.01425", TrainingLog.LineFor(output, 800));

        // The comparison cell: this run's losses (as the loop printed them), the original's, and the units apart.
        var table = (await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutputOfCell("originalModel2 =");
        var rows = Regex.Matches(table, @"^\s*(?<epoch>\d+) \|\s+(?<loss>[\d.]+)\s+(?<original>[\d.]+)\s+(?<apart>\d+) \|\s+(?<test>[\d.]+)\s+(?<originalTest>[\d.]+)\s+(?<testApart>\d+)$", RegexOptions.Multiline);
        Assert.Equal(10, rows.Count);
        foreach (Match row in rows)
        {
            int epoch = int.Parse(row.Groups["epoch"].Value, CultureInfo.InvariantCulture);
            Assert.Contains($"Epoch: {epoch} | Train loss: {row.Groups["loss"].Value}, Test loss: {row.Groups["test"].Value}\n", output);
            decimal Apart(string a, string b) => Math.Abs(decimal.Parse(row.Groups[a].Value, CultureInfo.InvariantCulture) - decimal.Parse(row.Groups[b].Value, CultureInfo.InvariantCulture)) / 0.00001m;
            Assert.Equal(Apart("loss", "original"), decimal.Parse(row.Groups["apart"].Value, CultureInfo.InvariantCulture));
            Assert.Equal(Apart("test", "originalTest"), decimal.Parse(row.Groups["testApart"].Value, CultureInfo.InvariantCulture));
        }
        // TorchSharp against PyTorch, as the progress-line tests above allow: at most one in the fifth decimal.
        Assert.Matches(@"Largest difference: [01] in the fifth decimal\.\n", table);

        // The prose quotes neither machine's figures.
        var notebook = await CourseNotebooks.SourceAsync(Notebook);
        Assert.DoesNotContain("and this notebook `0.05600`", notebook);
        Assert.DoesNotContain("`Train loss: 0.05599, Test loss: 0.01426`", notebook);
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

        Assert.Equal(5, charts.Count);
        Assert.Single(charts[0].Data, t => (string?)t!["type"] == "heatmap");   // the boundary built in the open
        foreach (var boundary in charts.Skip(1).Take(2))
        {
            var heatmaps = boundary.Data.Where(t => (string?)t!["type"] == "heatmap").ToList();
            Assert.Equal(2, heatmaps.Count);                    // train and test panels
            Assert.All(heatmaps, h => Assert.Equal(101, h!["z"]!.AsArray().Count));
        }
        // The straight line is plotted before training (no predictions yet), then with the trained model's predictions.
        Assert.DoesNotContain(charts[3].Data, t => ((string?)t!["name"] ?? "").Contains("Predictions", StringComparison.OrdinalIgnoreCase));
        Assert.Equal([80, 20], charts[3].Data.Select(t => t!["x"]!.AsArray().Count));
        Assert.Contains(charts[4].Data, t => ((string?)t!["name"] ?? "").Contains("Predictions", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Builds_the_test_decision_boundary_in_the_open_and_it_is_the_one_the_library_draws()
    {
        var executed = await CourseNotebooks.ExecutedAsync(Notebook);
        var charts = executed.Charts.ToList();
        var byHand = charts[0];
        var library = charts[1];

        static double[][] Grid(System.Text.Json.Nodes.JsonNode heatmap) =>
            heatmap["z"]!.AsArray().Select(row => row!.AsArray().Select(v => (double)v!).ToArray()).ToArray();
        static double[] Axis(System.Text.Json.Nodes.JsonNode heatmap, string axis) => heatmap[axis]!.AsArray().Select(v => (double)v!).ToArray();

        var handHeatmap = Assert.Single(byHand.Data, t => (string?)t!["type"] == "heatmap")!;
        var libraryTest = library.Data.Where(t => (string?)t!["type"] == "heatmap").Last()!;   // the "Test" panel
        Assert.Equal(101, Grid(handHeatmap).Length);
        Assert.All(Grid(handHeatmap), row => Assert.Equal(101, row.Length));
        // The same grid (101 values per axis over the test points ± 0.1) …
        Assert.Equal(Axis(libraryTest, "x"), Axis(handHeatmap, "x"), (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Equal(Axis(libraryTest, "y"), Axis(handHeatmap, "y"), (a, b) => Math.Abs(a - b) < 1e-9);
        // … and the same predicted class at every grid point (a point exactly on the line could round either way).
        var cells = Grid(handHeatmap).SelectMany(r => r).Zip(Grid(libraryTest).SelectMany(r => r)).ToList();
        Assert.InRange(cells.Count(c => c.First != c.Second), 0, 2);
        Assert.Contains(0.0, cells.Select(c => c.First));
        Assert.Contains(1.0, cells.Select(c => c.First));
        // The 200 test points on top, in the colour of their class.
        var points = byHand.Data.Where(t => (string?)t!["type"] == "scatter").ToList();
        Assert.Equal(["class 0", "class 1"], points.Select(t => (string?)t!["name"]));
        Assert.Equal(200, points.Sum(t => t!["x"]!.AsArray().Count));

        var output = executed.StandardOutputOfCell("torch.meshgrid");
        Assert.Contains("grid points: [10201, 2]\n", output);
        int ones = (int)cells.Sum(c => c.First);
        Assert.Contains($"grid points predicted as class 1: {ones} of 10201\n", output);
    }

    [Fact]
    public async Task Says_what_train_and_eval_change_and_that_they_change_nothing_for_these_layers()
    {
        var notebook = await CourseNotebooks.SourceAsync(Notebook);

        Assert.Contains("**dropout**", notebook);
        Assert.Contains("**batch normalisation**", notebook);
        Assert.Contains("the two modes compute exactly the same numbers", notebook);
        Assert.DoesNotContain("sets them to `None`", notebook); // how PyTorch 2 clears gradients is the library's concern, not the lesson's
    }

}
