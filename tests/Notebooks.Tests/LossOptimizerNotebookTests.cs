using System.Globalization;
using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>03_loss_optimizer: why BCEWithLogitsLoss, and logits to probabilities to labels.</summary>
[Trait("Tier", "Full")]
public class LossOptimizerNotebookTests
{
    private const string Notebook = "03_loss_optimizer.ipynb";

    private static double[] Values(string output, string label) =>
        Regex.Match(output, $@"{Regex.Escape(label)}\s*\[(?<values>[^\]]*)\]").Groups["values"].Value
            .Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();

    [Fact]
    public async Task Shows_BCELoss_clamping_where_the_stable_BCEWithLogitsLoss_stays_accurate()
    {
        var output = await CourseNotebooks.OutputAsync(Notebook);

        var logits = Values(output, "logits:");
        var withLogits = Values(output, "BCEWithLogitsLoss:");
        var sigmoidThenBce = Values(output, "sigmoid + BCELoss:");

        // For target 1 the exact loss is log(1 + e^-logit).
        var exact = logits.Select(z => Math.Log(1 + Math.Exp(-z))).ToArray();
        Assert.Equal(exact, withLogits, (a, b) => Math.Abs(a - b) < 1e-4);
        Assert.Equal(exact[..3], sigmoidThenBce[..3], (a, b) => Math.Abs(a - b) < 1e-4);
        Assert.Equal(100, sigmoidThenBce[3]);   // clamped, where the truth is 120
        Assert.Equal(120, withLogits[3], 4);
    }

    [Fact]
    public async Task Prints_the_tiny_sigmoids_in_scientific_notation_so_only_the_underflow_shows_as_0()
    {
        var output = await CourseNotebooks.OutputAsync(Notebook);

        // float32 sigmoid(-30) = 1/(1 + e^30) ≈ 9.3576E-14: tiny, not 0, so BCELoss's log still gives 30.
        // sigmoid(-120) ≈ 7.7E-53 is below float32's smallest number (1.4E-45) and rounds to exactly 0.
        var probabilities = Values(output, "sigmoid(logits):");
        Assert.Equal(4, probabilities.Length);
        Assert.Equal(1 / (1 + Math.Exp(30)), probabilities[2], 1e-17);
        Assert.Equal(0, probabilities[3]);
        Assert.Matches(@"sigmoid\(logits\):\s+\[1\.1920E-01, 9\.5257E-01, 9\.3576E-14, 0\.0000E\+00\]", output);
        Assert.Contains("exactly 0:             [False, False, False, True]", output);
        Assert.DoesNotContain("sigmoid(logits):       [0.1192, 0.9526, 0.0000, 0.0000]", output);
    }

    [Fact]
    public async Task Turns_logits_into_probabilities_into_labels()
    {
        var output = await CourseNotebooks.OutputAsync(Notebook);

        var numbers = Regex.Matches(output[output.IndexOf("logits:\n[[", StringComparison.Ordinal)..], @"\[(-?\d+\.\d+)\]")
            .Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToArray();
        var (logits, probabilities, labels) = (numbers[..5], numbers[5..10], numbers[10..15]);
        Assert.Equal(logits.Select(z => 1 / (1 + Math.Exp(-z))), probabilities, (a, b) => Math.Abs(a - b) < 1e-4);
        Assert.Equal(probabilities.Select(p => p >= 0.5 ? 1.0 : 0.0), labels);
        Assert.Contains("same labels both ways: True", output);
        Assert.Contains("shapes: predictions [5, 1], squeezed [5], labels [5]", output);
        Assert.Matches(@"(?m)^predicted labels: \[[01]\.0000(, [01]\.0000){4}\]$", output);
    }

    [Fact]
    public async Task Calls_BCEWithLogitsLoss_numerically_stable_not_exact()
    {
        var notebook = await CourseNotebooks.SourceAsync(Notebook);

        Assert.Contains("log-sum-exp", notebook);
        Assert.Contains("**numerically stable**", notebook);
        Assert.DoesNotContain("stays exact", notebook);
    }
}
