using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SiteBuilder.Rendering;

namespace Notebooks.Tests;

/// <summary>What 06_multiclass computes: the original chapter's blobs, model_4 before and after training, its decision boundary, comparisons on tensors, and a pointer to the multi-label chapter.</summary>
[Trait("Tier", "Full")]
public class MultiClassNotebookTests
{
    private const string Notebook = "06_multiclass.ipynb";

    private static Task<string> OutputAsync() => CourseNotebooks.OutputAsync(Notebook);

    /// <summary>model_4's progress lines.</summary>
    private static IReadOnlyList<ProgressLine> Model4Run(string output) => Assert.Single(ProgressLine.Runs(output));

    [Fact]
    public async Task Checks_the_models_output_width_against_the_number_of_classes_before_training()
    {
        var output = await CourseNotebooks.OutputAsync(Notebook);

        int check = output.IndexOf("classes in the labels: 4, outputs of the model: 4\none logit per class: ready to train", StringComparison.Ordinal);
        Assert.True(check >= 0, "the width check is not printed");
        Assert.True(check < output.IndexOf("Epoch: 0 ", StringComparison.Ordinal), "the width is checked before training");
    }

    [Fact]
    public async Task Makes_the_original_chapters_blobs_as_float_features_and_integer_labels()
    {
        var output = await OutputAsync();

        Assert.Contains("X: shape [1000, 2], dtype Float32; y: shape [1000], dtype Int64", output);
        // make_blobs(n_samples=1000, n_features=2, centers=4, cluster_std=1.5, random_state=42), first 5 rows.
        Assert.Contains(
            """
            [[-8.4134, 6.9352]
             [-5.7665, -6.4312]
             [-6.0421, -6.7661]
             [3.9508, 0.6984]
             [4.2505, -0.2815]]
            """.ReplaceLineEndings("\n"), output);
        Assert.Contains("First 5 y: [3, 2, 2, 1, 1]", output);
        Assert.Contains("train: 800 samples, test: 200 samples", output);
    }

    [Fact]
    public async Task Untrained_model_4_gives_the_original_chapters_logits_probabilities_and_label()
    {
        var output = await OutputAsync();

        Assert.Contains("[[-1.2711, -0.6494, -1.4740, -0.7044]\n [0.2210, -1.5439, 0.0420, 1.1531]\n", output);
        Assert.Contains("Test sample 0: logits [-1.2549, -0.8112, -1.4795, -0.5696]", output);
        Assert.Contains("Test sample 0: probabilities [0.1872, 0.2918, 0.1495, 0.3715], sum 1.0000", output);
        Assert.Contains("Test sample 0: predicted class 3,", output);
    }

    [Theory]
    [MemberData(nameof(Model4Reference.ProgressLines), MemberType = typeof(Model4Reference))]
    public async Task Trains_model_4_as_the_original_chapter(int epoch, string expected) =>
        TrainingLog.AssertMatches(expected, Assert.Single(Model4Run(await OutputAsync()), l => l.Epoch == epoch).Text);

    [Fact]
    public async Task Prints_a_progress_line_every_10_epochs_of_100()
    {
        Assert.Equal(Enumerable.Range(0, 10).Select(i => i * 10), Model4Run(await OutputAsync()).Select(l => l.Epoch));
    }

    [Fact]
    public async Task Trained_model_4_predicts_the_first_ten_test_labels_as_the_original_chapter()
    {
        var output = await OutputAsync();

        Assert.Contains("[" + Model4Reference.FirstTestLogits + "\n", output);  // first row of the printed logits
        Assert.Contains("Predictions: " + Model4Reference.FirstTenTestPredictions, output);
        Assert.Contains("Labels:      " + Model4Reference.FirstTenTestPredictions, output);
        Assert.Contains("Test accuracy: 99.5%", output);
    }

    [Fact]
    public async Task Training_curves_hold_the_values_of_the_printed_progress_lines()
    {
        var executed = await CourseNotebooks.ExecutedAsync(Notebook);
        var chart = Assert.Single(executed.Charts, c => c.Data.Any(t => (string?)t!["name"] == "Test accuracy"));
        double[] Series(string name) => Numbers(chart.Data.Single(t => (string?)t!["name"] == name)!["y"]);
        var (loss, testLoss, acc, testAcc) = (Series("Train loss"), Series("Test loss"), Series("Train accuracy"), Series("Test accuracy"));

        Assert.Equal(100, loss.Length);
        foreach (var line in Model4Run(executed.StandardOutput))
        {
            // What the chart holds, printed as the loop prints it.
            Assert.Equal(line.Loss, Printed(loss[line.Epoch], "F5"));
            Assert.Equal(line.Accuracy, Printed(acc[line.Epoch], "F2"));
            Assert.Equal(line.TestLoss, Printed(testLoss[line.Epoch], "F5"));
            Assert.Equal(line.TestAccuracy, Printed(testAcc[line.Epoch], "F2"));
        }
    }

    [Fact]
    public async Task Draws_train_and_test_decision_boundaries_over_a_101_by_101_grid_with_all_four_classes()
    {
        var chart = DecisionBoundaryChart(await CourseNotebooks.ExecutedAsync(Notebook));

        var heatmaps = chart.Data.Where(t => (string?)t!["type"] == "heatmap").ToList();
        Assert.Equal(2, heatmaps.Count);
        foreach (var heatmap in heatmaps)
        {
            var z = heatmap!["z"]!.AsArray();
            Assert.Equal(101, z.Count);
            Assert.All(z, row => Assert.Equal(101, row!.AsArray().Count));
            Assert.Equal([0, 1, 2, 3], z.SelectMany(row => row!.AsArray().Select(v => (int)v!)).Distinct().Order());
        }
        // Train panel (axis x) holds the 800 training points, test panel (x2) the 200 test points, 4 classes each.
        var scatters = chart.Data.Where(t => (string?)t!["type"] == "scatter").ToList();
        Assert.Equal(800, scatters.Where(t => (string?)t!["xaxis"] == "x").Sum(t => t!["x"]!.AsArray().Count));
        Assert.Equal(200, scatters.Where(t => (string?)t!["xaxis"] == "x2").Sum(t => t!["x"]!.AsArray().Count));
        Assert.Equal(["0", "1", "2", "3", "0", "1", "2", "3"], scatters.Select(t => (string?)t!["name"]));
    }

    [Fact]
    public async Task Decision_regions_agree_with_the_test_labels_as_often_as_the_model_does()
    {
        var chart = DecisionBoundaryChart(await CourseNotebooks.ExecutedAsync(Notebook));
        var heatmap = chart.Data.Single(t => (string?)t!["type"] == "heatmap" && (string?)t!["xaxis"] == "x2")!;
        double[] xs = Numbers(heatmap["x"]), ys = Numbers(heatmap["y"]);
        var z = heatmap["z"]!.AsArray();

        int points = 0, agreeing = 0;
        foreach (var scatter in chart.Data.Where(t => (string?)t!["type"] == "scatter" && (string?)t!["xaxis"] == "x2"))
        {
            int label = int.Parse((string)scatter!["name"]!, CultureInfo.InvariantCulture);
            foreach (var (x, y) in Numbers(scatter["x"]).Zip(Numbers(scatter["y"])))
            {
                int column = Nearest(xs, x), row = Nearest(ys, y);
                points++;
                if ((int)z[row]![column]! == label) agreeing++;
            }
        }
        // The model gets 99.5% of the test points right; the grid cell under a point is its prediction up to the
        // grid's spacing, so a point near a border may fall either way.
        Assert.Equal(200, points);
        Assert.InRange(agreeing, 194, 200);
    }

    [Fact]
    public async Task Shows_that_a_comparison_on_a_tensor_gives_a_tensor_of_bools_before_the_tags_use_one()
    {
        var output = await OutputAsync();

        int demo = output.IndexOf("scores > 0.5          : [False, True, True], dtype Bool", StringComparison.Ordinal);
        Assert.True(demo >= 0, "the comparison is not printed as a tensor of Bools");
        Assert.Contains("how many are true     : 2", output);
        Assert.Contains(".to(float32)          : [0.0000, 1.0000, 1.0000], mean 0.6667", output);
        Assert.Contains("all true? any true?   : False, True", output);
        Assert.Contains("== compares each one  : [False, True, False]", output);
        // One way to change a dtype in the course's code, the one notebook 01 introduced.
        Assert.DoesNotContain(").to_type(", await CourseNotebooks.SourceAsync(Notebook)); // the prose names it; the code uses .to
    }

    [Fact]
    public async Task Leaves_multi_label_to_its_own_chapter_with_a_pointer_to_it()
    {
        var source = await CourseNotebooks.SourceAsync(Notebook);

        Assert.Contains("notebook 18, `18_multilabel.ipynb`", source);
        Assert.DoesNotContain("BCEWithLogitsLoss()", source); // no multi-label model trained here any more
    }

    private static PlotlyChart DecisionBoundaryChart(ExecutedNotebook executed) =>
        Assert.Single(executed.Charts, c => c.Data.Any(t => (string?)t!["type"] == "heatmap"));

    private static decimal Printed(double value, string format) =>
        decimal.Parse(value.ToString(format, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static double[] Numbers(JsonNode? array) => [.. array!.AsArray().Select(v => (double)v!)];

    private static int Nearest(double[] axis, double value)
    {
        int best = 0;
        for (int i = 1; i < axis.Length; i++)
            if (Math.Abs(axis[i] - value) < Math.Abs(axis[best] - value)) best = i;
        return best;
    }
}
