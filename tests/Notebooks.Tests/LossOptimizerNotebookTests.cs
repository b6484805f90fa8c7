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
