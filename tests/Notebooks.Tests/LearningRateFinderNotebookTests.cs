using System.Globalization;
using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>
/// 17_lr_finder: one sweep of exponentially growing rates with the smoothed loss recorded until it blows up, the weights
/// restored, a tenth of the rate at the lowest loss chosen, and three short trainings that compare it with rates far
/// too small and far too large. PyTorch computes the same steps (data/reference/make_lr_finder_references.py).
/// </summary>
[Trait("Tier", "Full")]
public class LearningRateFinderNotebookTests
{
    private const string Notebook = "17_lr_finder.ipynb";

    private static Task<string> OutputAsync() => CourseNotebooks.OutputAsync(Notebook);

    [Fact]
    public async Task Prints_what_pytorch_prints_for_the_sweep_and_the_trainings()
    {
        var expected = PyTorchReference.Lines("lr_finder_notebook.json", "17_lr_finder");
        Assert.True(expected.Count > 15, "the reference has every printed line");
        // Past the wall the training is chaotic: a difference in the 7th digit of one step grows to any size. Those
        // lines are compared only for being there (and the run's end is checked below).
        var tooLarge = Regex.Match(expected[^2], @"^lr (?<rate>[\d.]+):").Groups["rate"].Value;
        var comparable = expected.Where(l => !l.StartsWith($"lr {tooLarge} ", StringComparison.Ordinal) && !l.StartsWith($"lr {tooLarge}:", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected.Count - 4, comparable.Count);
        PyTorchReference.AssertPrintsInOrder(comparable, await OutputAsync());
    }

    [Fact]
    public async Task The_chosen_rate_is_a_tenth_of_the_rate_at_the_lowest_loss_inside_the_sweep_and_below_the_blow_up()
    {
        var output = await OutputAsync();

        var stop = Regex.Match(output, @"stopped at step (?<step>\d+), rate (?<rate>[\d.]+): smoothed loss (?<loss>[\d.]+) > 4 x lowest (?<lowest>[\d.]+)");
        Assert.True(stop.Success, "the sweep stops where the loss blows up");
        Assert.True(Number(stop.Groups["loss"].Value) > 4 * Number(stop.Groups["lowest"].Value));
        var recorded = Regex.Match(output, @"recorded (?<steps>\d+) steps, rates (?<first>[\d.]+) to (?<last>[\d.]+)");
        Assert.Equal(stop.Groups["step"].Value, recorded.Groups["steps"].Value);   // steps 0 … step - 1
        Assert.Equal(1e-4, Number(recorded.Groups["first"].Value));

        var pick = Regex.Match(output, @"lowest smoothed loss (?<loss>[\d.]+) at rate (?<min>[\d.]+); chosen rate \(a tenth of it\): (?<chosen>[\d.]+)");
        double chosen = Number(pick.Groups["chosen"].Value), minimum = Number(pick.Groups["min"].Value);
        Assert.Equal(minimum / 10, chosen, minimum / 10 * 1e-3);
        Assert.InRange(chosen, Number(recorded.Groups["first"].Value), Number(recorded.Groups["last"].Value));
        Assert.True(chosen < Number(stop.Groups["rate"].Value), "below the rate that blew up");
        Assert.Contains("inside the swept range 0.0001 to", output);
        Assert.Matches(@"inside the swept range [\d.]+ to [\d.]+: True", output);
        Assert.Contains("weights back to their initial values: True", output);
    }

    [Fact]
    public async Task Draws_the_smoothed_loss_against_the_rate_on_a_log_axis_with_the_lowest_and_chosen_points()
    {
        var executed = await CourseNotebooks.ExecutedAsync(Notebook);
        var output = executed.StandardOutput;
        var chart = executed.Charts.Single();

        Assert.Equal("log", (string?)chart.Layout["xaxis"]!["type"]);
        var curve = chart.Data.Single(t => (string?)t!["name"] == "smoothed loss")!;
        var rates = curve["x"]!.AsArray().Select(v => (double)v!).ToArray();
        var losses = curve["y"]!.AsArray().Select(v => (double)v!).ToArray();
        var recorded = Regex.Match(output, @"recorded (?<steps>\d+) steps");
        Assert.Equal(int.Parse(recorded.Groups["steps"].Value), rates.Length);
        Assert.True(rates.Zip(rates.Skip(1)).All(p => p.Second > p.First), "the rate grows at every step");
        // Each step multiplies the rate by the same factor: 10^5 over the 99 steps of the full sweep.
        Assert.All(rates.Zip(rates.Skip(1)), p => Assert.Equal(Math.Pow(1e5, 1.0 / 99), p.Second / p.First, 9));

        var pick = Regex.Match(output, @"lowest smoothed loss (?<loss>[\d.]+) at rate (?<min>[\d.]+)");
        int lowestAt = Array.IndexOf(losses, losses.Min());
        Assert.Equal(Number(pick.Groups["loss"].Value), losses[lowestAt], 4);
        Assert.Equal(pick.Groups["min"].Value, rates[lowestAt].ToString("G4", CultureInfo.InvariantCulture));
        var lowest = chart.Data.Single(t => (string?)t!["name"] == "lowest")!;
        Assert.Equal(rates[lowestAt], (double)lowest["x"]![0]!);
        var chosen = chart.Data.Single(t => (string?)t!["name"] == "chosen: a tenth")!;
        Assert.True((double)chosen["x"]![0]! <= rates[lowestAt] / 10);
    }

    [Fact]
    public async Task Three_short_trainings_compare_the_chosen_rate_with_one_far_too_small_and_one_far_too_large()
    {
        var output = await OutputAsync();

        double chosen = Number(Regex.Match(output, @"chosen rate \(a tenth of it\): (?<c>[\d.]+)").Groups["c"].Value);
        var finals = Regex.Matches(output, @"^lr (?<rate>[\d.]+): final validation loss (?<loss>[\d.]+|NaN)$", RegexOptions.Multiline)
            .Select(m => (Rate: Number(m.Groups["rate"].Value), Loss: Number(m.Groups["loss"].Value))).ToArray();
        Assert.Equal(3, finals.Length);
        Assert.Equal(chosen / 1000, finals[0].Rate, chosen / 1000 * 1e-3);
        Assert.Equal(chosen, finals[1].Rate, chosen * 1e-3);
        Assert.Equal(chosen * 100, finals[2].Rate, chosen * 100 * 1e-3);
        // Three epochs each, and each run's last epoch line ends with the final loss printed for it.
        Assert.Equal(9, Regex.Matches(output, @"^lr [\d.]+ +epoch \d: train loss", RegexOptions.Multiline).Count);

        var winner = finals.MinBy(f => double.IsFinite(f.Loss) ? f.Loss : double.PositiveInfinity);
        Assert.Contains($"lowest final validation loss: lr {winner.Rate.ToString("G4", CultureInfo.InvariantCulture)}, the finder's choice: {winner.Rate == finals[1].Rate}", output);
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
