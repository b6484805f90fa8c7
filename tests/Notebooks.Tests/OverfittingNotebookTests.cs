using System.Globalization;
using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>
/// 16_overfitting: a model with far more parameters than training images memorises them while its validation loss
/// turns and climbs; more data, a smaller model, weight decay, dropout and early stopping each measured on the same
/// validation set; one model chosen there and the test set used once. PyTorch computes the same runs
/// (data/reference/make_overfitting_references.py).
/// </summary>
[Trait("Tier", "Full")]
public class OverfittingNotebookTests
{
    private const string Notebook = "16_overfitting.ipynb";

    private static Task<string> OutputAsync() => CourseNotebooks.OutputAsync(Notebook);

    [Fact]
    public async Task Prints_what_pytorch_prints_for_the_same_runs()
    {
        var expected = PyTorchReference.Lines("overfitting_notebook.json", "16_overfitting");
        Assert.True(expected.Count > 50, "the reference has every printed line");
        // The epoch of a flat minimum is left out: a drift in the 5th decimal can move it (the early-stopping test pins it).
        PyTorchReference.AssertPrintsInOrder(expected, await OutputAsync(), "at epoch ");
    }

    [Fact]
    public async Task The_big_model_memorises_the_small_set_while_its_validation_loss_climbs_from_its_lowest()
    {
        var executed = await CourseNotebooks.ExecutedAsync(Notebook);
        var run = Summary.Of(executed.StandardOutput, "big model, 100 images");

        Assert.Contains("26,122 parameters for 100 training images", executed.StandardOutput);
        Assert.True(run.TrainLoss < 0.01, $"training loss {run.TrainLoss}");
        Assert.Equal(100.0, run.TrainAccuracy);
        // The curves part: the final validation loss stands clearly above its lowest (17% in the run this was written with).
        Assert.True(run.FinalValLoss > run.BestValLoss * 1.05, $"final validation loss {run.FinalValLoss}, lowest {run.BestValLoss}");
        Assert.True(run.BestEpoch < 150, $"the lowest validation loss comes early, at epoch {run.BestEpoch}");
        var measured = Regex.Match(executed.StandardOutput, @"final (?<final>[\d.]+), (?<pct>[\d.]+)% above its lowest");
        Assert.Equal((run.FinalValLoss / run.BestValLoss - 1) * 100, Number(measured.Groups["pct"].Value), 0.2);

        // The chart draws the same run: 300 epochs, the validation curve lowest at the printed epoch and higher at the end.
        var chart = executed.Charts.First();
        var validation = Trace(chart, "Validation loss");
        Assert.Equal(300, validation.Length);
        Assert.Equal(run.BestEpoch, Array.IndexOf(validation, validation.Min()));
        Assert.Equal(run.FinalValLoss, validation[^1], 4);
        Assert.True(Trace(chart, "Train loss")[^1] < 0.01);
    }

    [Fact]
    public async Task Each_cure_is_a_run_with_its_own_numbers_and_curves_on_the_same_validation_set()
    {
        var executed = await CourseNotebooks.ExecutedAsync(Notebook);
        var output = executed.StandardOutput;
        var big = Summary.Of(output, "big model, 100 images");

        var moreData = Summary.Of(output, "big model, 1077 images");
        Assert.Contains($"final validation loss: {moreData.FinalValLoss:F4} with all the training images, {big.FinalValLoss:F4} with 100", output);
        Assert.Contains("650 parameters", output);
        var small = Summary.Of(output, "Linear(64, 10), 100 images");
        var decay = Summary.Of(output, "big model, weight decay 0.003");
        var dropout = Summary.Of(output, "big model, dropout 0.5");
        var sizes = Regex.Match(output, @"size of the weights: (?<decay>[\d.]+) with weight decay, (?<plain>[\d.]+) without");
        Assert.True(sizes.Success);

        // The comparison table repeats each run's last validation loss; the choice is its smallest.
        var table = Regex.Matches(output, @"^(?<name>.+?)\s+validation loss (?<loss>[\d.]+), accuracy (?<acc>[\d.]+)%$", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups["name"].Value, m => Number(m.Groups["loss"].Value));
        Assert.Equal(6, table.Count);
        Assert.Equal(big.FinalValLoss, table["big model, 100 images"]);
        Assert.Equal(moreData.FinalValLoss, table["big model, 1077 images"]);
        Assert.Equal(small.FinalValLoss, table["Linear(64, 10), 100 images"]);
        Assert.Equal(decay.FinalValLoss, table["weight decay 0.003, 100 images"]);
        Assert.Equal(dropout.FinalValLoss, table["dropout 0.5, 100 images"]);
        var chosen = table.MinBy(t => t.Value).Key;
        Assert.Contains($"chosen on validation loss: {chosen}", output);

        // Six charts of train and validation curves, one per run.
        var charts = executed.Charts.ToArray();
        Assert.Equal(6, charts.Length);
        Assert.All(charts, c => Assert.Equal(["Train loss", "Validation loss", "Train accuracy", "Validation accuracy"],
            c.Data.Select(t => (string?)t!["name"])));
        Assert.Equal(moreData.FinalValLoss, Trace(charts[1], "Validation loss")[^1], 4);
        Assert.Equal(decay.FinalValLoss, Trace(charts[3], "Validation loss")[^1], 4);
    }

    [Fact]
    public async Task Dropout_is_random_in_training_mode_and_does_nothing_in_evaluation_mode()
    {
        var output = await OutputAsync();

        var trainMode = Regex.Matches(output, @"^train mode: (?<v>[\d ]+)$", RegexOptions.Multiline).Select(m => m.Groups["v"].Value.Split(' ')).ToArray();
        Assert.Equal(2, trainMode.Length);
        Assert.All(trainMode, values => Assert.All(values, v => Assert.Contains(v, new[] { "0", "2" })));   // dropped, or scaled by 1 / (1 - 0.5)
        Assert.NotEqual(trainMode[0], trainMode[1]);
        Assert.Equal(2, Regex.Matches(output, @"^eval mode:  1( 1){11}$", RegexOptions.Multiline).Count);

        var train = Regex.Match(output, @"train mode: two passes give the same outputs: (?<same>\w+); validation loss (?<a>[\d.]+), then (?<b>[\d.]+)");
        var eval = Regex.Match(output, @"eval mode:  two passes give the same outputs: (?<same>\w+); validation loss (?<a>[\d.]+), then (?<b>[\d.]+)");
        Assert.Equal("False", train.Groups["same"].Value);
        Assert.NotEqual(train.Groups["a"].Value, train.Groups["b"].Value);
        Assert.Equal("True", eval.Groups["same"].Value);
        Assert.Equal(eval.Groups["a"].Value, eval.Groups["b"].Value);
        // Evaluation mode is what the training loop measured after its last epoch.
        Assert.Equal(Summary.Of(output, "big model, dropout 0.5").FinalValLoss, Number(eval.Groups["a"].Value));
    }

    [Fact]
    public async Task Early_stopping_restores_the_weights_of_the_best_epoch()
    {
        var executed = await CourseNotebooks.ExecutedAsync(Notebook);
        var output = executed.StandardOutput;

        var stop = Regex.Match(output, @"stopped after epoch (?<epoch>\d+): no lower validation loss for (?<patience>\d+) epochs");
        var best = Regex.Match(output, @"best epoch (?<epoch>\d+): validation loss (?<loss>[\d.]+)");
        var restored = Regex.Match(output, @"restored model: validation loss (?<loss>[\d.]+), accuracy [\d.]+%; the same as the best epoch's: (?<same>\w+)");
        Assert.True(stop.Success && best.Success && restored.Success);
        int bestEpoch = int.Parse(best.Groups["epoch"].Value);
        Assert.Equal(bestEpoch + int.Parse(stop.Groups["patience"].Value), int.Parse(stop.Groups["epoch"].Value));
        Assert.Equal("True", restored.Groups["same"].Value);
        Assert.Equal(best.Groups["loss"].Value, restored.Groups["loss"].Value);
        var last = Regex.Match(output, @"the last epoch trained \((?<epoch>\d+)\) had validation loss (?<loss>[\d.]+)");
        Assert.True(Number(last.Groups["loss"].Value) > Number(best.Groups["loss"].Value), "the weights kept are better than the last epoch's");

        // The same seed and data as the first run, cut short: its best epoch is the first run's.
        Assert.Equal(Summary.Of(output, "big model, 100 images").BestEpoch, bestEpoch);
        var validation = Trace(executed.Charts.Last(), "Validation loss");
        Assert.Equal(int.Parse(stop.Groups["epoch"].Value) + 1, validation.Length);
        Assert.Equal(bestEpoch, Array.IndexOf(validation, validation.Min()));
        Assert.Equal(Number(best.Groups["loss"].Value), validation.Min(), 6);
    }

    [Fact]
    public async Task The_test_set_is_used_once_for_the_model_chosen_on_validation()
    {
        var source = await CourseNotebooks.SourceAsync(Notebook);
        var output = await OutputAsync();

        // XTest is made, its size printed, and used once: to evaluate the chosen model.
        Assert.Equal(["var (XTest, yTest)", "Evaluate(chosen.Model, XTest, yTest)"],
            Regex.Matches(source, @"var \(XTest, yTest\)|\w+\([^()]*\bXTest\b(?!\.shape)[^()]*\)").Select(m => m.Value));
        var chosen = Regex.Match(output, @"chosen on validation loss: (?<name>.+)$", RegexOptions.Multiline).Groups["name"].Value;
        Assert.Matches($@"^{Regex.Escape(chosen)}: test loss [\d.]+, test accuracy [\d.]+% \(validation: [\d.]+, [\d.]+%\)$",
            output.Split('\n').Single(l => l.Contains("test loss")).TrimEnd());
    }

    private static double[] Trace(SiteBuilder.Rendering.PlotlyChart chart, string name) =>
        chart.Data.Single(t => (string?)t!["name"] == name)!["y"]!.AsArray().Select(v => (double)v!).ToArray();

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>One run's summary line, as the notebook's <c>Summarise</c> prints it.</summary>
    private sealed record Summary(double TrainLoss, double TrainAccuracy, double BestValLoss, int BestEpoch, double FinalValLoss, double FinalValAccuracy)
    {
        public static Summary Of(string output, string name)
        {
            var m = Regex.Match(output, $@"^{Regex.Escape(name)}: train loss (?<tl>[\d.]+), train acc (?<ta>[\d.]+)% \| best val loss (?<bv>[\d.]+) at epoch (?<be>\d+), " +
                                        @"final val loss (?<fv>[\d.]+) \([+-][\d.]+\), final val acc (?<fa>[\d.]+)%", RegexOptions.Multiline);
            Assert.True(m.Success, $"the notebook prints the summary of \"{name}\"");
            return new(Number(m.Groups["tl"].Value), Number(m.Groups["ta"].Value), Number(m.Groups["bv"].Value), int.Parse(m.Groups["be"].Value),
                Number(m.Groups["fv"].Value), Number(m.Groups["fa"].Value));
        }
    }
}
