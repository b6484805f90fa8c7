using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>
/// 06b_gradients_by_hand: one step of notebook 06's model taken by hand and by optim.SGD, with PyTorch's numbers for
/// the same step; a gradient worked out on paper and by a finite difference; softmax and cross-entropy by hand,
/// naive (overflowing) and stable; what skipping zero_grad does.
/// </summary>
[Trait("Tier", "Full")]
public class GradientsByHandNotebookTests
{
    private const string Notebook = "06b_gradients_by_hand.ipynb";
    private const double LearningRate = 0.1;

    private static Task<string> OutputAsync() => CourseNotebooks.OutputAsync(Notebook);

    /// <summary>The one line of the output that starts with <paramref name="prefix"/>.</summary>
    private static string Line(string output, string prefix)
    {
        var lines = output.Split('\n').Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).ToArray();
        Assert.True(lines.Length == 1, $"expected one line starting '{prefix}', found {lines.Length}");
        return lines[0].TrimEnd('\r');
    }

    /// <summary>The number a pattern's first group captures (as the notebook prints it: 0.57519, 2.98E-08, 0).</summary>
    private static double Number(string line, string pattern)
    {
        var match = Regex.Match(line, pattern);
        Assert.True(match.Success, $"'{pattern}' not found in \"{line}\"");
        return double.Parse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>The bracketed list after <paramref name="label"/>, e.g. "gradient [-0.03289, -0.07001]".</summary>
    private static double[] Values(string line, string label)
    {
        var match = Regex.Match(line, Regex.Escape(label) + @"\s+\[([^\]]*)\]");
        Assert.True(match.Success, $"no list after '{label}' in \"{line}\"");
        return [.. match.Groups[1].Value.Split(", ").Select(v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture))];
    }

    /// <summary>What PyTorch 1.13 prints for the same steps: data/reference/gradients_by_hand.json, made by
    /// data/reference/make_gradients_by_hand_references.py.</summary>
    private static IReadOnlyList<string> PyTorchLines()
    {
        var path = Path.Combine(Path.GetDirectoryName(CourseNotebooks.Options.NotebooksRoot)!, "data", "reference", "gradients_by_hand.json");
        return [.. JsonNode.Parse(File.ReadAllText(path))!["lines"]!.AsArray().Select(l => (string)l!)];
    }

    [Fact]
    public async Task Prints_the_loss_gradients_updated_weights_and_cross_entropy_PyTorch_prints_for_the_same_steps()
    {
        var expected = PyTorchLines();

        Assert.Equal(12, expected.Count);
        RealDataReference.AssertPrintsInOrder(expected, await OutputAsync());
    }

    [Fact]
    public async Task Before_backward_no_parameter_has_a_gradient_and_after_it_each_has_one_of_its_own_shape()
    {
        var output = await OutputAsync();

        var before = Regex.Matches(output, @"^(\S+): shape (\[[\d, ]+\]), requires_grad True, grad none yet$", RegexOptions.Multiline);
        var after = Regex.Matches(output, @"^(\S+): shape (\[[\d, ]+\]), gradient (\[[\d, ]+\]), first values \[", RegexOptions.Multiline);
        Assert.Equal(6, before.Count);
        Assert.Equal(before.Select(m => m.Groups[1].Value), after.Select(m => m.Groups[1].Value));
        Assert.All(after, m => Assert.Equal(m.Groups[2].Value, m.Groups[3].Value));
        Assert.Equal(["[8, 2]", "[8]", "[8, 8]", "[8]", "[4, 8]", "[4]"], after.Select(m => m.Groups[2].Value));
        Assert.True(output.IndexOf("grad none yet", StringComparison.Ordinal) < output.IndexOf("loss before the step:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_step_by_hand_moves_each_weight_by_minus_the_learning_rate_times_its_gradient_and_lowers_the_loss()
    {
        var output = await OutputAsync();
        var row = Line(output, "first row of linearLayerStack.0.weight:");
        double[] before = Values(row, "before"), gradient = Values(row, "gradient"), after = Values(row, "after");

        Assert.Equal(2, after.Length);
        for (int i = 0; i < after.Length; i++)
            Assert.Equal(before[i] - LearningRate * gradient[i], after[i], 0.00002); // three numbers rounded to 5 decimals
        double lossBefore = Number(Line(output, "loss before the step:"), @"([\d.]+)$");
        double lossAfter = Number(Line(output, "loss after one step by hand:"), @"([\d.]+)$");
        Assert.True(lossAfter < lossBefore, $"one step took the loss from {lossBefore} to {lossAfter}");
    }

    [Fact]
    public async Task Minus_equals_on_a_CSharp_variable_gives_the_variable_new_numbers_and_leaves_the_model_unchanged()
    {
        var output = await OutputAsync();

        Assert.Equal("the variable w holds new numbers:  True", Line(output, "the variable w holds new numbers:"));
        Assert.Equal("the model's weight matrix changed: False", Line(output, "the model's weight matrix changed:"));
    }

    [Fact]
    public async Task SGDs_step_from_the_same_weights_has_the_same_gradients_and_agrees_with_the_hand_step_to_float32_rounding()
    {
        var output = await OutputAsync();

        Assert.Equal(Number(Line(output, "loss after one step by hand:"), @"([\d.]+)$"), Number(Line(output, "loss after SGD's step:"), @"([\d.]+)$"));
        Assert.EndsWith("max |difference| 0, numbers that differ: 0 of 132", Line(output, "gradients, hand run vs SGD's run:"));

        // w -= lr * grad rounds lr * grad and then the difference; SGD's add_(grad, alpha: -lr) rounds once where the
        // processor fuses the multiply and the add. So: identical, or a few numbers one float32 step apart.
        var weights = Line(output, "weights after the step, hand vs SGD:");
        double gap = Number(weights, @"max \|difference\| ([\dE.+-]+),");
        double differing = Number(weights, @"numbers that differ: (\d+) of 132");
        double units = Number(Line(output, "weights, hand vs SGD: at most"), @"at most (\d+) unit");
        Assert.InRange(units, 0, 1);
        Assert.Equal(differing == 0, gap == 0);
        Assert.Equal(differing == 0, units == 0);
        Assert.InRange(gap, 0, Math.Pow(2, -24)); // one step of a float32 below 1 (the weights here are all below 1)
    }

    [Fact]
    public async Task The_step_written_as_SGD_writes_it_gives_SGDs_weights_exactly()
    {
        Assert.EndsWith("max |difference| 0, numbers that differ: 0 of 132",
            Line(await OutputAsync(), "weights, add_(grad, alpha: -lr) vs SGD:"));
    }

    [Fact]
    public async Task Without_zero_grad_a_second_backward_doubles_the_gradient_and_zero_grad_clears_it()
    {
        var output = await OutputAsync();
        var once = Values(Line(output, "linearLayerStack.0.weight's gradient after one backward():"), ":");
        var twice = Values(Line(output, "after a second backward() without zero_grad:"), ":");

        Assert.Equal("the second is exactly twice the first: True", Line(output, "the second is exactly twice the first:"));
        Assert.Equal(4, twice.Length);
        for (int i = 0; i < twice.Length; i++)
            Assert.Equal(2 * once[i], twice[i], 0.00002);
        Assert.Contains(once, v => v != 0);
        Assert.Equal([0.0, 0.0, 0.0, 0.0], Values(Line(output, "after zero_grad():"), ":"));
    }

    [Fact]
    public async Task The_binary_gradient_worked_out_on_paper_and_the_finite_difference_equal_autograds()
    {
        var output = await OutputAsync();
        var autograd = Line(output, "autograd: dL/dw =");

        Assert.Equal(autograd["autograd:".Length..].Trim(), Line(output, "by hand:  dL/dw =")["by hand:".Length..].Trim());
        Assert.InRange(Number(Line(output, "by hand vs autograd:"), @"max \|difference\| ([\dE.+-]+)$"), 0, 1e-7);
        var check = Line(output, "dL/dw[0]: finite difference");
        Assert.Equal(Values(autograd, "dL/dw =")[0], Number(check, @"autograd ([-\d.]+),"));
        Assert.InRange(Number(check, @"\|difference\| ([\dE.+-]+)$"), 0, 1e-6);
    }

    [Fact]
    public async Task Softmax_and_cross_entropy_by_hand_equal_TorchSharps_on_the_blob_logits()
    {
        var output = await OutputAsync();

        Assert.InRange(Number(Line(output, "softmax by hand vs torch.softmax:"), @"max \|difference\| ([\dE.+-]+)$"), 0, 1e-6);
        var byHand = Number(Line(output, "cross-entropy by hand on the blob logits:"), @"([\d.]+)$");
        var torchSharp = Line(output, "TorchSharp's cross_entropy:");
        Assert.Equal(byHand, Number(torchSharp, @"([\d.]+),"));
        Assert.InRange(Number(torchSharp, @"\|difference\| ([\dE.+-]+)$"), 0, 1e-6);
        // The loss of step 2, computed a second way.
        Assert.Equal(Number(Line(output, "loss before the step:"), @"([\d.]+)$"), byHand);
    }

    [Fact]
    public async Task On_large_logits_the_naive_softmax_and_cross_entropy_overflow_and_the_log_sum_exp_versions_do_not()
    {
        var output = await OutputAsync();

        Assert.EndsWith("exp(100) in float32: Infinity", Line(output, "largest float32:"));
        Assert.Contains("NaN", Line(output, "naive softmax:"));
        Assert.DoesNotContain("NaN", Line(output, "softmax by hand:"));
        Assert.Equal("cross-entropy per sample, naive:      [NaN, Infinity]", Line(output, "cross-entropy per sample, naive:"));
        var byHand = Values(Line(output, "cross-entropy per sample, by hand:"), "by hand:");
        var torchSharp = Line(output, "cross-entropy per sample, TorchSharp:");
        Assert.Equal(byHand, Values(torchSharp, "TorchSharp:"));
        Assert.InRange(Number(torchSharp, @"from by hand ([\dE.+-]+)$"), 0, 1e-6);
        // log(1 + e^-10 + e^-20) for the first sample, up to the float32 rounding of the sum near 1 (1.2E-07 apart);
        // 1000 - (-1000) for the second, confidently wrong one.
        Assert.Equal(Math.Log(1 + Math.Exp(-10) + Math.Exp(-20)), byHand[0], 1.2e-7);
        Assert.Equal(2000, byHand[1]);
    }

    [Fact]
    public async Task The_gradient_of_cross_entropy_with_respect_to_the_logits_is_softmax_minus_one_hot()
    {
        var line = Line(await OutputAsync(), "dL/dlogits, autograd through our cross-entropy vs (softmax - onehot) / n:");

        Assert.InRange(Number(line, @"max \|difference\| ([\dE.+-]+)$"), 0, 1e-7);
    }
}
