using System.Globalization;
using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>
/// 11_experiments: every cell of the hidden units × learning rate × epochs grid is trained and tabled, the
/// chart shows the same numbers, the grid's model_3 cell reproduces the chapter's last model_3 line, and the
/// honest choice is made on a validation split carved from the training data, with one test score at the end.
/// Each experiment is trained by the library's Engine.Fit and read from its history.
/// </summary>
[Trait("Tier", "Full")]
public class ExperimentsNotebookTests
{
    private const string Notebook = "11_experiments.ipynb";
    private static readonly int[] HiddenUnits = [5, 10, 20, 40];
    private static readonly double[] LearningRates = [0.01, 0.1, 1.0];
    private static readonly int[] Epochs = [100, 500, 1000, 2000];

    private static string EpochsColumn(int epochs) => $"Test acc (%) after {epochs} epochs";

    private static async Task<DataFrameTable> Grid() =>
        DataFrameTable.All(await CourseNotebooks.ExecutedAsync(Notebook))[0];

    [Fact]
    public async Task Tables_every_cell_of_the_grid()
    {
        var grid = await Grid();

        Assert.Equal(["Hidden units", "Learning rate", .. Epochs.Select(EpochsColumn)], grid.Columns);
        var pairs = grid.Numbers("Hidden units").Zip(grid.Numbers("Learning rate")).ToList();
        Assert.Equal(HiddenUnits.SelectMany(h => LearningRates.Select(lr => ((double)h, lr))), pairs);
        foreach (var epochs in Epochs)
            Assert.All(grid.Numbers(EpochsColumn(epochs)), acc => Assert.InRange(acc, 0, 100));
        Assert.Contains("48 results from 12 models", (await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutput);
    }

    [Fact]
    public async Task Model_3s_cell_reproduces_the_chapters_last_model_3_line()
    {
        var output = (await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutput;

        // The original chapter's model_3 after its 1,000th step ("Epoch: 999 | … | Test Loss: 0.57440, Test Accuracy: 86.50%").
        var match = Regex.Match(output, @"model_3's configuration: Test loss: (?<loss>\d+\.\d{5}), Test acc: (?<acc>\d+\.\d{2})%");
        Assert.True(match.Success, "model_3's cell is not printed");
        Assert.InRange(decimal.Parse(match.Groups["loss"].Value, CultureInfo.InvariantCulture), 0.57439m, 0.57441m);
        Assert.Equal("86.50", match.Groups["acc"].Value);
        var grid = await Grid();
        Assert.Equal(86.5, grid.Numbers(EpochsColumn(1000))[grid.Rows.ToList().FindIndex(r => r[0] == "10" && r[1] == "0.1")]);
    }

    [Fact]
    public async Task The_grid_finds_a_good_model_and_shows_the_learning_rate_matters()
    {
        var grid = await Grid();
        var cells = Epochs.SelectMany(e => grid.Numbers(EpochsColumn(e)).Select((acc, row) => (Lr: grid.Numbers("Learning rate")[row], Acc: acc))).ToList();

        Assert.True(cells.Max(c => c.Acc) > 95, "no combination learned the circles");
        double MeanFor(double lr) => cells.Where(c => c.Lr == lr).Average(c => c.Acc);
        Assert.True(MeanFor(0.01) < MeanFor(1.0), "the notebook's reading of the grid says the smallest learning rate learns least");
    }

    [Fact]
    public async Task Lists_the_five_best_results_best_first()
    {
        var tables = DataFrameTable.All(await CourseNotebooks.ExecutedAsync(Notebook));
        var best = tables[1];

        Assert.Equal(5, best.Rows.Count);
        var accuracies = best.Numbers("Test accuracy (%)");
        Assert.Equal(accuracies.OrderByDescending(a => a), accuracies);
        var grid = await Grid();
        Assert.Equal(Epochs.Max(e => grid.Numbers(EpochsColumn(e)).Max()), accuracies[0]);
    }

    [Fact]
    public async Task Charts_the_grid_as_grouped_bars_one_panel_per_epoch_count()
    {
        var chart = Assert.Single((await CourseNotebooks.ExecutedAsync(Notebook)).Charts);
        var grid = await Grid();

        Assert.Equal(Epochs.Length * LearningRates.Length, chart.Data.Count);
        Assert.All(chart.Data, t => Assert.Equal("bar", (string?)t!["type"]));
        Assert.Equal(["lr 0.01", "lr 0.1", "lr 1"], chart.Data.Where(t => (bool?)t!["showlegend"] != false).Select(t => (string?)t!["name"]));
        // Panel p, learning rate k: the bars are the table's column for that epoch count, rows with that learning rate.
        for (int p = 0; p < Epochs.Length; p++)
            for (int k = 0; k < LearningRates.Length; k++)
            {
                var bars = chart.Data[p * LearningRates.Length + k]!["y"]!.AsArray().Select(v => (double)v!);
                var column = grid.Numbers(EpochsColumn(Epochs[p])).Where((_, row) => grid.Numbers("Learning rate")[row] == LearningRates[k]);
                Assert.Equal(column, bars);
            }
    }

    [Fact]
    public async Task Chooses_the_winner_on_a_validation_split_of_the_training_data_and_reports_its_test_score_once()
    {
        var output = (await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutput;

        Assert.Contains("fit: 640, validation: 160, test (untouched): 200", output);
        var chosen = Regex.Match(output,
            @"chosen on validation: (?<units>\d+) hidden units, lr (?<lr>[\d.]+), (?<epochs>\d+) epochs \(validation acc (?<acc>[\d.]+)%, loss [\d.]+, train loss (?<train>[\d.]+)\)");
        Assert.True(chosen.Success, "no 'chosen on validation' line");
        Assert.Contains(int.Parse(chosen.Groups["units"].Value), HiddenUnits);
        Assert.Contains(double.Parse(chosen.Groups["lr"].Value, CultureInfo.InvariantCulture), LearningRates);
        Assert.Contains(int.Parse(chosen.Groups["epochs"].Value), Epochs);
        Assert.InRange(double.Parse(chosen.Groups["acc"].Value, CultureInfo.InvariantCulture), 95, 100); // the circles are learnable

        // Retrained with the same seed, it is the same model: the same training loss to the last printed digit.
        Assert.Contains($"the same model again: train loss {chosen.Groups["train"].Value}\n", output);
        var test = Regex.Match(output, @"its test score, measured once: accuracy (?<acc>[\d.]+)%, loss (?<loss>[\d.]+)");
        Assert.True(test.Success, "no test score line");
        Assert.InRange(double.Parse(test.Groups["acc"].Value, CultureInfo.InvariantCulture), 90, 100);
        Assert.Single(Regex.Matches(output, "measured once"));
    }

    [Fact]
    public async Task Each_experiment_is_trained_by_the_librarys_Fit_for_its_longest_count()
    {
        var source = await CourseNotebooks.SourceAsync(Notebook);
        var function = source[source.IndexOf("List<Result> RunExperiment", StringComparison.Ordinal)..];
        function = function[..function.IndexOf("\"outputs\"", StringComparison.Ordinal)];

        // The loop is the library's; the numbers it reads are pinned by the model_3 and validation tests above.
        Assert.Contains("Engine.Fit(model, xTrain, yTrain, xEval, yEval", function);
        Assert.Contains("epochs: checkpoints.Max(),", function); // no extra epoch: each checkpoint is measured when it is reached
        Assert.DoesNotContain(".backward()", function);
        // No iterator any more, so no yield inside an open dispose scope (issue 13) can come back.
        Assert.DoesNotContain("yield return", function);
    }

    [Fact]
    public async Task Measures_each_checkpoint_when_it_is_reached_and_explains_the_property_pattern()
    {
        var source = await CourseNotebooks.SourceAsync(Notebook);

        // The learner reads the model's losses at the moment of a checkpoint, not a history shifted by one record.
        Assert.DoesNotContain("*before* that epoch's optimizer step", source);
        Assert.DoesNotContain("history[k - 1]", source);
        Assert.Contains("onEpoch: AtCheckpoint", source);
        Assert.Contains("Engine.TestStep(model, xTrain, yTrain, lossFn)", source);
        Assert.Contains("**property pattern**", source);
    }

}
