using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>
/// 15_data_pipeline: a Dataset subclass over data/digits.csv.gz, transforms run per sample (a fresh random one-pixel shift
/// at every fetch), a seeded DataLoader that serves the same batches twice, notebook 14's training through it (without
/// augmentation: PyTorch's printed numbers for notebook 14), and metrics counted over batches equal to the one-shot ones.
/// </summary>
[Trait("Tier", "Full")]
public class DataPipelineNotebookTests
{
    private const string Notebook = "15_data_pipeline.ipynb";

    private static async Task<string> OutputAsync() => (await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutput;

    [Fact]
    public async Task The_dataset_serves_every_image_of_the_file_as_a_1_by_8_by_8_image_and_a_scalar_label()
    {
        var output = await OutputAsync();

        Assert.Contains("samples in the dataset: 1797", output);
        Assert.Contains("sample 0: data [1, 8, 8] Float32, label [] Int64 = 0", output);
        Assert.Contains("sample 0 scaled: pixels from 0 to 0.9375", output); // 15 / 16: raw pixels run to 15 in image 0
        Assert.Contains("raw pixels from 0 to 15", output);
        Assert.Contains("training set: 1437 images, test set: 360 images", output);
        Assert.Contains("test batches: 100, 100, 100, 60", output);
        Assert.Contains("one batch: data [32, 1, 8, 8], label [32]", output);
    }

    [Fact]
    public async Task Every_fetch_of_the_same_sample_is_the_original_moved_by_the_shift_its_caption_names()
    {
        var executed = await CourseNotebooks.ExecutedAsync(Notebook);
        var grid = Assert.Single(executed.Charts);
        var images = grid.Data.Select(t => Pixels(t!)).ToArray();
        var captions = grid.Data.Select(t => (string?)t!["hovertemplate"] ?? "").ToArray();

        Assert.Equal(6, images.Length); // the scaled original, then five fetches
        var original = images[0];
        var moves = new List<(int, int)>();
        for (int fetch = 1; fetch <= 5; fetch++)
        {
            var move = Regex.Match(captions[fetch], @"^fetch (?<n>\d): (?<words>not moved|(1 (?<vertical>up|down))?(, )?(1 (?<horizontal>left|right))?)<");
            Assert.True(move.Success && move.Groups["words"].Length > 0, $"trace {fetch} has no caption naming its shift: {captions[fetch]}");
            int down = move.Groups["vertical"].Value switch { "down" => 1, "up" => -1, _ => 0 };
            int right = move.Groups["horizontal"].Value switch { "right" => 1, "left" => -1, _ => 0 };
            // Recomputed here from the chart's pixels: the served image is the original moved, blank where it moved away.
            for (int r = 0; r < 8; r++)
                for (int c = 0; c < 8; c++)
                {
                    bool inside = r - down is >= 0 and < 8 && c - right is >= 0 and < 8;
                    Assert.Equal(inside ? original[r - down][c - right] : 0, images[fetch][r][c]);
                }
            moves.Add((down, right));
            Assert.Contains($"fetch {fetch}: {move.Groups["words"].Value}; pixel for pixel the original moved so: True", executed.StandardOutput);
        }
        // Per sample, every time: the fetches of one sample are not one fixed copy.
        Assert.True(moves.Distinct().Count() > 1, "every fetch was moved the same way");
        Assert.Contains($"different moves in 5 fetches of the same sample: {moves.Distinct().Count()}", executed.StandardOutput);
        Assert.NotEqual(original, images[1]); // a pixel-for-pixel difference unless the move was (0, 0)
    }

    [Fact]
    public async Task The_same_seeds_give_the_same_batches()
    {
        Assert.Contains("same seeds, same first batch (order and shifts): True", await OutputAsync());
    }

    [Fact]
    public async Task Without_augmentation_the_pipeline_trains_exactly_as_notebook_14_did_in_pytorch()
    {
        // PyTorch's lines for notebook 14's steps (data/reference/make_real_data_references.py), without the test loss this loop does not compute.
        var pytorch = RealDataReference.Lines("14_digits").Where(l => l.StartsWith("Epoch: ", StringComparison.Ordinal))
            .Select(l => Regex.Replace(l, @" \| Test loss: [\d.]+,", " |")).ToArray();
        var runs = Runs(await OutputAsync());

        Assert.Equal(7, pytorch.Length);
        Assert.Equal(pytorch, runs[0]);
    }

    [Fact]
    public async Task With_augmentation_the_same_model_trains_on_shifted_images_and_both_test_accuracies_are_printed()
    {
        var output = await OutputAsync();
        var runs = Runs(output);
        var plain = TestAccuracy(runs[0][^1]);
        var augmented = TestAccuracy(runs[1][^1]);

        Assert.Equal(runs[0].Select(Epoch), runs[1].Select(Epoch));
        Assert.NotEqual(runs[0], runs[1]);
        // A model that learnt something, in a sane range; the comparison is printed, not assumed.
        Assert.InRange(plain, 90, 100);
        Assert.InRange(augmented, 50, 100);
        double gain = augmented - plain;
        string change = gain < 0 ? "lowered" : gain > 0 ? "raised" : "did not change";
        Assert.Contains($"at this seed, augmentation {change} the test accuracy by {Math.Abs(gain).ToString("F2", CultureInfo.InvariantCulture)} percentage points", output);
        // The prose says which way it went at this seed; it must be the way the cell printed.
        Assert.Contains($"at this seed it {change} the test accuracy", await CourseNotebooks.SourceAsync(Notebook));
    }

    [Fact]
    public async Task The_metrics_counted_over_test_batches_equal_the_one_shot_metrics_and_the_last_epochs_line()
    {
        var executed = await CourseNotebooks.ExecutedAsync(Notebook);
        var output = executed.StandardOutput;
        var runs = Runs(output);

        var lines = Regex.Matches(output, @"^(?<run>without|with) augmentation: +test accuracy (?<acc>[\d.]+)%, macro F1 (?<f1>[\d.]+); counted over batches = on the whole set at once: (?<same>\w+)$", RegexOptions.Multiline);
        Assert.Equal(2, lines.Count);
        Assert.All(lines, m => Assert.Equal("True", m.Groups["same"].Value));
        for (int run = 0; run < 2; run++)
        {
            double accuracy = Number(lines[run].Groups["acc"].Value), f1 = Number(lines[run].Groups["f1"].Value);
            Assert.Equal(TestAccuracy(runs[run][^1]), accuracy); // the same model, counted once more over the same batches
            Assert.InRange(f1, 0.4, 1.0);
        }

        // The plain model is notebook 14's model: scikit-learn's report of its predictions (PyTorch's run of 14's steps)
        // gives the same test accuracy and macro F1 as the metrics counted here over the test batches.
        var report = RealDataReference.Lines("14_digits");
        var macroAverage = Regex.Matches(Assert.Single(report, l => l.TrimStart().StartsWith("macro avg", StringComparison.Ordinal)), @"\d\.\d{4}")
            .Select(m => m.Value).ToArray(); // precision, recall, F1
        Assert.Equal(macroAverage[2], lines[0].Groups["f1"].Value);
        Assert.Contains(report, l => l.StartsWith($"test accuracy: {lines[0].Groups["acc"].Value}% ", StringComparison.Ordinal));

        var table = Assert.Single(DataFrameTable.All(executed));
        Assert.Equal(["scaled", "scaled and shifted"], table.Column("Training set"));
        Assert.Equal([Number(lines[0].Groups["acc"].Value), Number(lines[1].Groups["acc"].Value)], table.Numbers("Test accuracy (%)"));
        // Misclassified images follow from the accuracy over 360 test images.
        Assert.Equal(lines.Select(m => Math.Round(360 * (1 - Number(m.Groups["acc"].Value) / 100))), table.Numbers("Misclassified"));
    }

    // The two training runs' progress lines: without augmentation, then with.
    private static string[][] Runs(string output)
    {
        var lines = Regex.Matches(output, @"^Epoch: \d+ \| Loss: [\d.]+, Acc: [\d.]+% \| Test acc: [\d.]+%$", RegexOptions.Multiline).Select(m => m.Value).ToArray();
        int second = Array.FindIndex(lines, 1, l => l.StartsWith("Epoch: 0 ", StringComparison.Ordinal));
        Assert.True(second > 0, "two training runs are printed");
        Assert.Equal(lines.Length, 2 * second);
        return [lines[..second], lines[second..]];
    }

    private static int Epoch(string line) => int.Parse(Regex.Match(line, @"^Epoch: (\d+)").Groups[1].Value);

    private static double TestAccuracy(string line) => Number(Regex.Match(line, @"Test acc: ([\d.]+)%").Groups[1].Value);

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    // A grid panel's rows, top row first: DigitImages.Grid hands Plotly the rows bottom up, for its upward y axis.
    private static double[][] Pixels(JsonNode trace) =>
        trace["z"]!.AsArray().Select(row => row!.AsArray().Select(v => (double)v!).ToArray()).Reverse().ToArray();
}
