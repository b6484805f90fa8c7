using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>
/// 18_multilabel: make_multilabel_classification looked at, why a sigmoid per label, the digits tagged and trained on
/// with BCEWithLogitsLoss, a threshold per tag chosen on validation against 0.5, the multi-label metrics and charts,
/// readable predictions and the exercises' checks — printing what the same steps print in PyTorch 1.13 and
/// scikit-learn 1.2.1 (data/reference/multilabel_notebook.json), with charts that hold the printed numbers.
/// </summary>
[Trait("Tier", "Full")]
public class MultilabelNotebookTests
{
    private const string Notebook = "18_multilabel.ipynb";
    private static readonly string[] Tags = ["even", "at least 5", "closed loop", "two loops"];

    private static readonly Lazy<IReadOnlyList<string>> Reference = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(CourseNotebooks.Options.NotebooksRoot)!,
            "data", "reference", "multilabel_notebook.json")))!["18_multilabel"]!.AsArray().Select(l => (string)l!).ToArray());

    private static async Task<string> OutputAsync() => (await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutput;

    [Fact]
    public async Task Prints_what_pytorch_and_scikit_learn_print_for_the_same_steps()
    {
        Assert.True(Reference.Value.Count > 90, "the reference has every printed line");
        RealDataReference.AssertPrintsInOrder(Reference.Value, await OutputAsync());
    }

    [Fact]
    public async Task Looks_at_label_counts_and_co_occurrence_before_any_model_and_charts_the_printed_counts()
    {
        var executed = await CourseNotebooks.ExecutedAsync(Notebook);
        var output = executed.StandardOutput;
        var heatmaps = executed.Charts.Where(c => c.Data.Count == 1 && (string?)c.Data[0]!["type"] == "heatmap").ToArray();

        // make_multilabel_classification: 1000 samples, 5 labels; the chart's diagonal is each label's count.
        var perLabel = Regex.Match(output, @"samples per label: 0: (\d+), 1: (\d+), 2: (\d+), 3: (\d+), 4: (\d+)");
        var perSample = Regex.Matches(Regex.Match(output, @"labels per sample: (.*)").Groups[1].Value, @"(\d+): (\d+)").Select(m => Int(m.Groups[2].Value)).ToArray();
        Assert.Equal(1000, perSample.Sum());
        Assert.Equal(Enumerable.Range(0, 6).Sum(n => n * perSample[n]), Enumerable.Range(1, 5).Sum(g => Int(perLabel.Groups[g].Value)));
        var toy = Counts(heatmaps[0]);
        Assert.Equal(Enumerable.Range(1, 5).Select(g => Int(perLabel.Groups[g].Value)), Enumerable.Range(0, 5).Select(k => toy[k][k]));

        // The digits' tags: counts as printed on the diagonal, and every "two loops" image (an 8) has the other three tags.
        var tagCounts = Tags.Select(t => Int(Regex.Match(output, $@"^{Regex.Escape(t)} +(\d+) images", RegexOptions.Multiline).Groups[1].Value)).ToArray();
        var digits = Counts(heatmaps[1]);
        Assert.Equal(tagCounts, Enumerable.Range(0, 4).Select(k => digits[k][k]));
        Assert.All(Enumerable.Range(0, 3), k => Assert.Equal(tagCounts[3], digits[3][k]));
        Assert.Contains("digit 1: {} (no tag)", output);
        Assert.Contains("digit 8: {even, at least 5, closed loop, two loops}", output);
    }

    [Fact]
    public async Task Shows_softmax_sharing_one_and_the_sigmoid_per_label_and_bce_as_the_mean_of_every_entry()
    {
        var output = await OutputAsync();

        var softmax = Regex.Match(output, @"softmax: \[(?<a>[\d.]+), (?<b>[\d.]+), (?<c>[\d.]+)\]");
        Assert.Equal(1.0, Number(softmax.Groups["a"].Value) + Number(softmax.Groups["b"].Value) + Number(softmax.Groups["c"].Value), 3);
        Assert.True(Number(softmax.Groups["a"].Value) < 0.5, "two sure labels get less than half each under softmax");
        var sigmoid = Regex.Match(output, @"sigmoid: \[(?<a>[\d.]+), (?<b>[\d.]+)");
        Assert.True(Number(sigmoid.Groups["a"].Value) > 0.9 && Number(sigmoid.Groups["b"].Value) > 0.9, "both likely under a sigmoid each");
        var bce = Regex.Match(output, @"their mean (?<mean>[\d.]+); BCEWithLogitsLoss (?<module>[\d.]+)");
        Assert.Equal(bce.Groups["mean"].Value, bce.Groups["module"].Value);
    }

    [Fact]
    public async Task Trains_on_a_label_matrix_and_the_validation_confusion_grid_holds_the_printed_counts()
    {
        var executed = await CourseNotebooks.ExecutedAsync(Notebook);
        var output = executed.StandardOutput;

        Assert.Contains("train: X [1077, 64], y [1077, 4] | validation: X [360, 64], y [360, 4] | test: X [360, 64], y [360, 4]", output);
        var losses = Regex.Matches(output, @"^Epoch: \d+ \| Loss: (?<loss>[\d.]+)", RegexOptions.Multiline).Select(m => Number(m.Groups["loss"].Value)).ToArray();
        Assert.Equal(7, losses.Length);
        Assert.True(losses[^1] < losses[0] / 3, "the training loss falls");

        var grid = Assert.Single(executed.Charts, c => (string?)c.Layout["title"]?["text"] == "Validation set, threshold 0.5");
        var printed = Tags.Select(t => Regex.Match(output, $@"^{Regex.Escape(t)} +TN +(\d+) +FP +(\d+) +FN +(\d+) +TP +(\d+)", RegexOptions.Multiline)).ToArray();
        for (int k = 0; k < 4; k++)
        {
            var z = Counts(grid.Data[k]!);
            Assert.Equal([Int(printed[k].Groups[1].Value), Int(printed[k].Groups[2].Value)], z[0]);
            Assert.Equal([Int(printed[k].Groups[3].Value), Int(printed[k].Groups[4].Value)], z[1]);
            Assert.Equal(360, z.Sum(r => r.Sum()));
        }
        // Hamming loss at 0.5: the off-diagonal counts of every tag over 360 × 4 decisions.
        double wrong = Enumerable.Range(0, 4).Sum(k => Int(printed[k].Groups[2].Value) + Int(printed[k].Groups[3].Value));
        Assert.Contains($"Hamming loss {(wrong / 1440).ToString("F4", CultureInfo.InvariantCulture)}\n", output.Substring(output.IndexOf("validation, threshold 0.5:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_threshold_per_tag_chosen_on_validation_is_at_least_as_good_there_as_0_5()
    {
        var output = await OutputAsync();

        var rows = Tags.Select(t => Regex.Match(output, $@"^{Regex.Escape(t)} +threshold (?<t>[\d.]+): validation F1 (?<tuned>[\d.]+) \(at 0\.5: (?<half>[\d.]+)\)", RegexOptions.Multiline)).ToArray();
        Assert.All(rows, r => Assert.True(r.Success));
        Assert.All(rows, r => Assert.True(Number(r.Groups["tuned"].Value) >= Number(r.Groups["half"].Value), r.Value));
        var macro = Regex.Match(output, @"validation macro F1: (?<half>[\d.]+) at 0\.5, (?<tuned>[\d.]+) with a threshold per tag");
        Assert.True(Number(macro.Groups["tuned"].Value) >= Number(macro.Groups["half"].Value));
        // The macro F1 is the mean of the four tuned F1s (each printed to 4 decimals).
        Assert.InRange(Number(macro.Groups["tuned"].Value) - rows.Average(r => Number(r.Groups["tuned"].Value)), -2e-4, 2e-4);
    }

    [Fact]
    public async Task Scores_the_test_set_once_with_both_choices_and_charts_the_chosen_one()
    {
        var executed = await CourseNotebooks.ExecutedAsync(Notebook);
        var output = executed.StandardOutput;

        var scores = Regex.Matches(output, @"^test, (?<name>.+?): subset accuracy (?<subset>[\d.]+), Hamming loss (?<hamming>[\d.]+)", RegexOptions.Multiline);
        Assert.Equal(["threshold 0.5      ", "a threshold per tag"], scores.Select(m => m.Groups["name"].Value));
        var grid = Assert.Single(executed.Charts, c => (string?)c.Layout["title"]?["text"] == "Test set, a threshold per tag");
        double wrong = Enumerable.Range(0, 4).Select(k => Counts(grid.Data[k]!)).Sum(z => z[0][1] + z[1][0]);
        Assert.Equal((wrong / 1440).ToString("F4", CultureInfo.InvariantCulture), scores[1].Groups["hamming"].Value);
        Assert.Matches(@"samples avg +[\d.]+ +[\d.]+ +[\d.]+ +\d+", output);
        var pr = Assert.Single(executed.Charts, c => (string?)c.Layout["title"]?["text"] == "Precision–recall per tag (validation)");
        Assert.Equal(Tags, pr.Data.Select(t => (string?)t!["name"]).Where(n => Tags.Contains(n)));
    }

    [Fact]
    public async Task Shows_ten_test_images_with_true_and_predicted_tag_sets_and_each_probability()
    {
        var executed = await CourseNotebooks.ExecutedAsync(Notebook);
        var lines = Regex.Matches(executed.StandardOutput, @"^test image (?<i>\d+) \(a (?<d>\d)\): true (?<true>\{.*?\}(?: \(no tag\))?) \| predicted (?<pred>\{.*?\}(?: \(no tag\))?)(?<wrong>  <- not the true set)?$", RegexOptions.Multiline);

        Assert.Equal(Enumerable.Range(0, 10).Select(i => i.ToString(CultureInfo.InvariantCulture)), lines.Select(m => m.Groups["i"].Value));
        foreach (Match line in lines)
        {
            var predicted = Regex.Matches(line.Groups["pred"].Value, @"(?<tag>[a-z0-9 ]+?) (?<p>[01]\.\d\d)").Select(m => m.Groups["tag"].Value.Trim()).ToArray();
            var truth = line.Groups["true"].Value.Trim('{', '}').Replace("} (no tag)", "").Split(", ", StringSplitOptions.RemoveEmptyEntries).Where(Tags.Contains).ToArray();
            Assert.Equal(line.Groups["wrong"].Success, !predicted.SequenceEqual(truth));
        }
        var images = Assert.Single(executed.Charts, c => (string?)c.Layout["title"]?["text"] == "Ten test images, predicted tags");
        Assert.Equal(10, images.Data.Count);
    }

    [Fact]
    public async Task The_exercise_checks_say_what_is_missing_on_the_untouched_notebook()
    {
        var output = await OutputAsync();

        Assert.Contains("Exercise 1: myHammingLoss is still null", output);
        Assert.Contains("Exercise 2: screeningThresholds is still null", output);
        Assert.Contains("Exercise 3: model5 is still null", output);
        Assert.DoesNotContain(": done", output);
    }

    private static int[][] Counts(SiteBuilder.Rendering.PlotlyChart chart) => Counts(chart.Data[0]!);

    private static int[][] Counts(JsonNode trace) =>
        trace["z"]!.AsArray().Select(r => r!.AsArray().Select(v => (int)(double)v!).ToArray()).ToArray();

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
