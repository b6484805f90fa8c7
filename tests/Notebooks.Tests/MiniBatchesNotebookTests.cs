using System.Text.RegularExpressions;
using CourseTests;

namespace Notebooks.Tests;

/// <summary>
/// 10_minibatches: a DataLoader over a TensorDataset shuffles repeatably and differently each epoch, and
/// mini-batch training learns the circles in far fewer epochs than the chapter's full-batch loop (run by the library's
/// Engine.Fit), and Engine.Fit given the data loader reproduces the written-out mini-batch loop epoch for epoch; accuracy
/// counted over batches by an AccuracyMetric is the whole set's, where the mean of batch accuracies is not.
/// </summary>
[Trait("Tier", "Full")]
public class MiniBatchesNotebookTests
{
    private const string Notebook = "10_minibatches.ipynb";

    [Fact]
    public async Task Cuts_the_800_training_samples_into_25_batches_of_32()
    {
        var output = (await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutput;

        Assert.Contains("800 training samples in batches of 32: 25 batches per epoch", output);
        Assert.Contains("one batch: features [32, 2], labels [32]", output);
    }

    [Fact]
    public async Task Shuffles_differently_each_epoch_and_identically_with_the_same_seed()
    {
        var output = (await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutput;

        Assert.Contains("orders differ between epochs: True", output);
        Assert.Contains("same seed, same orders: True", output);
        // What the notebook says of TorchSharp's own seeded shuffle; if this fails, TorchSharp changed and the prose must too.
        Assert.Contains("DataLoader(shuffle: true, seed: 42) repeats its order every epoch: True", output);
    }

    [Fact]
    public async Task Full_batch_run_starts_exactly_like_the_chapters_model_3()
    {
        var fullBatch = (await Runs())[0];

        // Same data, same seeded model and loss as model_3: the original chapter's first line (its test metrics
        // are labelled "Test Loss"/"Test Accuracy" there; the numbers are what counts).
        TrainingLog.AssertMatches("Epoch: 0 | Loss: 0.69295, Accuracy: 50.00% | Test loss: 0.69319, Test acc: 50.00%", fullBatch[0].Text);
        Assert.Equal([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 99], fullBatch.Select(l => l.Epoch));
    }

    [Fact]
    public async Task Mini_batches_learn_the_circles_in_100_epochs_where_full_batch_does_not()
    {
        var runs = await Runs();
        var (fullBatch, miniBatch) = (runs[0][^1], runs[1][^1]);

        Assert.Equal(99, miniBatch.Epoch);
        Assert.True(miniBatch.TestAccuracy >= 95, $"mini-batch test accuracy {miniBatch.TestAccuracy}%");
        Assert.True(fullBatch.TestAccuracy < 75, $"full batch test accuracy {fullBatch.TestAccuracy}% after 100 steps");
        Assert.True(miniBatch.Loss < runs[1][0].Loss / 10, "the mini-batch training loss should fall by an order of magnitude");
    }

    [Fact]
    public async Task Engine_Fit_on_the_data_loader_gives_the_written_loops_numbers_in_every_epoch()
    {
        var output = (await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutput;
        var miniBatch = (await Runs())[1][^1];

        // The notebook compares all 100 records (losses and accuracies as doubles, not as printed) ...
        Assert.Contains("Engine.Fit on the loader: 100 epochs, each the same as our loop's: True", output);
        // ... and prints Fit's last epoch, which is the written loop's last line.
        var last = Regex.Match(output, @"^its last epoch: (?<line>Epoch: 99 \|.*)$", RegexOptions.Multiline);
        Assert.True(last.Success, "Fit's last epoch is not printed");
        Assert.Equal(miniBatch.Text, last.Groups["line"].Value.TrimEnd());
    }

    [Fact]
    public async Task Accuracy_counted_over_uneven_batches_is_the_whole_sets_and_the_mean_of_batch_accuracies_is_not()
    {
        var output = (await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutput;
        var batches = Regex.Matches(output, @"^batch \d+: +(?<n>\d+) samples, accuracy (?<acc>[\d.]+)%", RegexOptions.Multiline)
            .Select(m => (Size: int.Parse(m.Groups["n"].Value), Accuracy: Number(m.Groups["acc"].Value))).ToArray();

        // The 200 test samples in batches of 32: six full ones and a short last one of 8.
        Assert.Equal([32, 32, 32, 32, 32, 32, 8], batches.Select(b => b.Size));
        Assert.Contains("the short last batch weighs 14.3% in the mean of batches; its samples are 4.0% of the set", output);
        // What the notebook printed follows from its batches (each accuracy printed to 2 decimals): the plain mean ...
        double mean = Printed(output, @"mean of the 7 batch accuracies: (?<v>[\d.]+)%");
        Assert.Equal(batches.Average(b => b.Accuracy), mean, 0.006);
        // ... and the mean weighted by batch size, which is what the metric counted and the whole set's accuracy.
        double counted = Printed(output, @"AccuracyMetric over the batches \(200 samples\): (?<v>[\d.]+)%");
        Assert.Equal(batches.Sum(b => b.Size * b.Accuracy) / 200, counted, 0.006);
        Assert.Equal(counted, Printed(output, @"accuracy_fn on the whole test set at once: (?<v>[\d.]+)%"));
        Assert.Contains("AccuracyMetric equals the one-shot accuracy: True", output);
        Assert.Equal(Math.Abs(mean - counted), Printed(output, @"the mean of batches is off by (?<v>[\d.]+) percentage points"), 0.00011);
    }

    [Fact]
    public async Task The_training_loop_counts_its_accuracy_with_a_metric_reset_every_epoch()
    {
        var code = string.Join("\n", (await CourseNotebooks.ExecutedAsync(Notebook)).Json["cells"]!.AsArray()
            .Where(c => (string?)c!["cell_type"] == "code").Select(c => c!["source"].JoinedText()));

        Assert.Contains("trainAccuracy.Reset();", code);
        Assert.Contains("trainAccuracy.Update(torch.round(torch.sigmoid(yLogits)), yBatch);", code);
        Assert.Contains("trainAccuracy.Compute() * 100", code);
        // Its numbers are Engine.Fit's, epoch for epoch (Engine_Fit_on_the_data_loader_gives_the_written_loops_numbers_in_every_epoch).
    }

    [Fact]
    public async Task The_full_batch_run_is_the_librarys_Fit_and_the_mini_batch_loop_is_written_out_once()
    {
        var code = string.Join("\n", (await CourseNotebooks.ExecutedAsync(Notebook)).Json["cells"]!.AsArray()
            .Where(c => (string?)c!["cell_type"] == "code").Select(c => c!["source"].JoinedText()));

        Assert.Contains("Engine.Fit(fullBatchModel, XTrain, yTrain, XTest, yTest", code);
        Assert.Contains("Engine.Fit(fitModel, NewTrainLoader(seed: 42)", code);
        Assert.Single(Regex.Matches(code, @"\.backward\(\)")); // the mini-batch loop's step 4, and no other loop
    }

    [Fact]
    public async Task Compares_both_runs_in_a_table()
    {
        var executed = await CourseNotebooks.ExecutedAsync(Notebook);
        var table = Assert.Single(DataFrameTable.All(executed));

        Assert.Equal(["full batch", "mini-batch"], table.Column("Training"));
        Assert.Equal([800, 32], table.Numbers("Batch size"));
        Assert.Equal([100, 100], table.Numbers("Epochs"));
        Assert.Equal([100, 2500], table.Numbers("Optimizer steps"));
        Assert.Contains("optimizer steps: 2500", executed.StandardOutput);
        // The table's accuracies are the ones the last progress lines printed.
        var runs = await Runs();
        Assert.Equal([(double)runs[0][^1].TestAccuracy, (double)runs[1][^1].TestAccuracy], table.Numbers("Test accuracy (%)"));
    }

    [Fact]
    public async Task Plots_test_accuracy_per_epoch_for_both_runs()
    {
        var chart = Assert.Single((await CourseNotebooks.ExecutedAsync(Notebook)).Charts);

        Assert.Equal(2, chart.Data.Count);
        Assert.StartsWith("full batch", (string?)chart.Data[0]!["name"]);
        Assert.StartsWith("mini-batches of 32", (string?)chart.Data[1]!["name"]);
        Assert.All(chart.Data, t => Assert.Equal(100, t!["y"]!.AsArray().Count));
    }

    private static double Number(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static double Printed(string output, string pattern)
    {
        var match = Regex.Match(output, pattern, RegexOptions.Multiline);
        Assert.True(match.Success, $"the notebook printed no line matching {pattern}");
        return Number(match.Groups["v"].Value);
    }

    private static async Task<IReadOnlyList<IReadOnlyList<ProgressLine>>> Runs()
    {
        var runs = ProgressLine.Runs((await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutput);
        Assert.Equal(2, runs.Count); // full batch, then mini-batches
        return runs;
    }
}
