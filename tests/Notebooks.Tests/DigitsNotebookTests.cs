using System.Globalization;
using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>
/// 14_digits: the 8 × 8 digits shown as images, batched as [N, 1, 8, 8] and flattened, an MLP trained on mini-batches,
/// its confusion matrix, per-class report and mistakes — printing what the same steps print in PyTorch and scikit-learn.
/// </summary>
[Trait("Tier", "Full")]
public class DigitsNotebookTests
{
    private const string Notebook = "14_digits.ipynb";

    private static async Task<string> OutputAsync() => (await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutput;

    [Fact]
    public async Task Prints_what_pytorch_and_scikit_learn_print_for_the_same_steps()
    {
        var expected = RealDataReference.Lines("14_digits");
        Assert.True(expected.Count > 40, "the reference has every printed line");
        RealDataReference.AssertPrintsInOrder(expected, await OutputAsync());
    }

    [Fact]
    public async Task Shows_the_shapes_of_an_image_batch_and_of_its_flattened_rows()
    {
        var output = await OutputAsync();

        Assert.Contains("all images:  [1797, 1, 8, 8]  (N, C, H, W)", output);
        Assert.Contains("one image:   [1, 8, 8]", output);
        Assert.Contains("flattened:   [1797, 64]  (N, C * H * W)", output);
        Assert.Contains("[5, 1, 8, 8] images in -> [5, 10] logits out", output);
        Assert.Contains("1437 training images in batches of 32: 45 batches per epoch", output);
    }

    [Fact]
    public async Task Learns_the_digits_and_its_counts_agree_with_each_other()
    {
        var output = await OutputAsync();

        var losses = Regex.Matches(output, @"^Epoch: \d+ \| Loss: (?<loss>[\d.]+)", RegexOptions.Multiline).Select(m => Number(m.Groups["loss"].Value)).ToArray();
        Assert.Equal(7, losses.Length);
        Assert.True(losses[^1] < losses[0] / 10, "the training loss falls by an order of magnitude");

        var accuracy = Regex.Match(output, @"test accuracy: (?<pct>[\d.]+)% \((?<right>\d+) of 360\)");
        int right = int.Parse(accuracy.Groups["right"].Value);
        Assert.True(right > 330, $"{right} of 360 right");
        var perDigit = Regex.Matches(output, @"(?<d>\d): (?<right>\d+)/(?<n>\d+)").Select(m => (int.Parse(m.Groups["right"].Value), int.Parse(m.Groups["n"].Value))).ToArray();
        Assert.Equal(right, perDigit.Sum(p => p.Item1));
        Assert.Equal(360, perDigit.Sum(p => p.Item2));
        Assert.Contains($"misclassified: {360 - right}", output);
        Assert.Matches($@"accuracy\s+{(double)right / 360:F4}\s+360", output);
    }

    [Fact]
    public async Task Counts_the_training_accuracy_over_the_batches_with_a_metric_reset_every_epoch()
    {
        var code = await CourseNotebooks.SourceAsync(Notebook);

        // The printed training accuracies stay PyTorch's (Prints_what_pytorch_and_scikit_learn_print_for_the_same_steps).
        Assert.Contains("trainAccuracy.Reset();", code);
        Assert.Contains("trainAccuracy.Update(yLogits.argmax(dim: 1), yBatch);", code);
        Assert.Contains("trainAccuracy.Compute() * 100", code);
    }

    [Fact]
    public async Task Draws_digits_as_heatmaps_the_confusion_matrix_and_every_mistake()
    {
        var executed = await CourseNotebooks.ExecutedAsync(Notebook);
        var charts = executed.Charts.ToArray();
        var output = executed.StandardOutput;

        Assert.Equal(4, charts.Length);
        // One digit, 8 rows of 8 pixels, the same numbers the notebook printed for image 0.
        var image = charts[0].Data.Single()!["z"]!.AsArray().Select(r => string.Concat(r!.AsArray().Select(v => $"{(int)(double)v!,3}"))).ToArray();
        Assert.Equal(8, image.Length);
        Assert.All(image, row => Assert.Contains(row + "\n", output));
        // A grid of 24 labelled images.
        Assert.Equal(24, charts[1].Data.Count);
        Assert.All(charts[1].Data, t => Assert.Equal("heatmap", (string?)t!["type"]));
        // The 10 x 10 confusion matrix: its diagonal is the count of right answers.
        var z = charts[2].Data.Single()!["z"]!.AsArray().Select(r => r!.AsArray().Select(v => (int)v!).ToArray()).ToArray();
        Assert.Equal(10, z.Length);
        Assert.Contains($"({Enumerable.Range(0, 10).Sum(d => z[d][d])} of 360)", output);
        // Every misclassified image, each captioned with its truth and prediction.
        int wrong = int.Parse(Regex.Match(output, @"misclassified: (?<n>\d+)").Groups["n"].Value);
        var captions = charts[3].Data.Select(t => (string?)t!["hovertemplate"]).Where(c => c!.Contains("read as")).ToArray();
        Assert.Equal(wrong, captions.Length);
        foreach (Match line in Regex.Matches(output, @"^test image \d+: a (?<t>\d) read as (?<p>\d) \(probability (?<prob>[\d.]+)\)", RegexOptions.Multiline))
            Assert.Contains(captions, c => c!.StartsWith($"{line.Groups["t"].Value} read as {line.Groups["p"].Value} ("));
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
