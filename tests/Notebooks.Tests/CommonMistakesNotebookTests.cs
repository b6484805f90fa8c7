using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>
/// 08b_common_mistakes: each mistake is made for real and fails (or goes silently wrong) the way the prose says,
/// the library's refusal names the fix, and the fix right after works.
/// </summary>
[Trait("Tier", "Full")]
public class CommonMistakesNotebookTests
{
    private const string Notebook = "08b_common_mistakes.ipynb";

    private static Task<string> OutputAsync() => CourseNotebooks.OutputAsync(Notebook);

    /// <summary>The one line of the output that starts with <paramref name="prefix"/>.</summary>
    private static string Line(string output, string prefix)
    {
        var lines = output.Split('\n').Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).ToArray();
        Assert.True(lines.Length == 1, $"expected one line starting '{prefix}', found {lines.Length}");
        return lines[0].TrimEnd('\r');
    }

    private static double Number(string line, string pattern) =>
        double.Parse(Regex.Match(line, pattern).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Column_logits_against_vector_labels_are_refused_by_the_loss_but_broadcast_silently_by_eq()
    {
        var output = await OutputAsync();

        Assert.Equal("raw TorchSharp, BCEWithLogitsLoss: ExternalException: Target size ([1000]) must be the same as input size ([1000, 1])",
            Line(output, "raw TorchSharp, BCEWithLogitsLoss:"));
        var broadcast = Line(output, "torch.eq of [1000] and [1000, 1]:");
        Assert.Contains("shape [1000, 1000]", broadcast);
        Assert.True(Number(broadcast, @"accuracy ([\d.]+)%") > 100, broadcast);
        var fixedLine = Line(output, "fixed with logits.squeeze(1):");
        double accuracy = Number(fixedLine, @"accuracy ([\d.]+)%");
        Assert.InRange(accuracy, 0, 100);
        Assert.InRange(Number(fixedLine, @"loss ([\d.]+)"), 0.6, 0.8); // an untrained model on two balanced classes: about ln 2
    }

    [Fact]
    public async Task Labels_of_the_wrong_dtype_fail_in_libtorch_and_the_library_names_the_conversion()
    {
        var output = await OutputAsync();

        Assert.EndsWith("ExternalException: result type Float can't be cast to the desired output type Long",
            Line(output, "raw TorchSharp, int64 labels to BCEWithLogitsLoss:"));
        Assert.EndsWith("ExternalException: expected scalar type Long but found Float",
            Line(output, "raw TorchSharp, float labels to CrossEntropyLoss:"));
        Assert.Contains(
            "Engine.TrainStep: ArgumentException: y has dtype Int64, but a binary model (one output) is trained with BCEWithLogitsLoss, " +
            "which needs float labels: pass y.to(torch.float32)", output);
        Assert.Contains(
            "Engine.TrainStep: ArgumentException: y has dtype Float32, but a multi-class model (4 outputs) is trained with CrossEntropyLoss, " +
            "which needs int64 class labels: pass y.to(torch.int64)", output);
        Assert.Matches(@"(?m)^fixed with \.to\(float32\): loss 0\.\d{5}$", output);
        Assert.Matches(@"(?m)^fixed with \.to\(int64\): loss \d+\.\d{5}$", output);
    }

    [Fact]
    public async Task A_forgotten_RegisterComponents_leaves_no_parameters_and_training_changes_nothing()
    {
        var output = await OutputAsync();

        Assert.Contains("ForgetfulModel: 0 parameters", output);
        var forgetful = Line(output, "ForgetfulModel: loss");
        var losses = Regex.Match(forgetful, @"loss (\d\.\d{5}) before, (\d\.\d{5}) after 100 epochs");
        Assert.True(losses.Success, forgetful);
        Assert.Equal(losses.Groups[1].Value, losses.Groups[2].Value);
        // The model is blamed, not the optimizer (issue 28): the fix is in its constructor.
        Assert.Contains("Engine.TrainStep: ArgumentException: model has a layer or parameter in its field 'layers' that it never registered", output);
        Assert.Contains("call RegisterComponents()", output);

        var careful = Line(output, "CarefulModel:");
        Assert.StartsWith("CarefulModel: 4 parameters", careful);
        Assert.True(Number(careful, @"after 100 epochs (\d\.\d{5})") < double.Parse(losses.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            $"the registered model did not learn: {careful}");
    }

    [Fact]
    public async Task Data_on_another_device_fails_and_the_library_names_both_devices()
    {
        var output = await OutputAsync();

        Assert.Contains("data on meta, model on cpu", output);
        Assert.StartsWith("raw TorchSharp: ExternalException: aten::relu: attempted to run this operator with Meta tensors",
            Line(output, "raw TorchSharp: ExternalException: aten::relu"));
        Assert.Contains("Engine.TrainStep: ArgumentException: x is on meta, but the model is on cpu: put both on one device", output);
        Assert.Contains("fixed with XCircles on the model's device: logits [1000, 1]", output);
    }

    [Fact]
    public async Task A_far_too_high_learning_rate_gives_NaN_by_hand_and_stops_Fit_with_the_causes()
    {
        var output = await OutputAsync();

        Assert.Matches(@"(?m)^learning rate 1e20, epoch 0: loss 0\.\d+$", output);
        for (int epoch = 1; epoch < 5; epoch++)
            Assert.Contains($"learning rate 1e20, epoch {epoch}: loss NaN", output);
        Assert.Contains(
            "Engine.Fit: TrainingDivergedException: The training loss is NaN at epoch 1, so training stopped (it was 0.693 at epoch 0); " +
            "the model keeps the parameters it had after epoch 0. Likely causes: a learning rate too high", output);
        Assert.Matches(@"(?m)^fixed with learning rate 0\.1: loss 0\.\d{5} after 5 epochs$", output);
    }

    [Fact]
    public async Task Probabilities_to_BCEWithLogitsLoss_give_a_loss_that_cannot_reach_zero()
    {
        var output = await OutputAsync();

        Assert.Contains("BCEWithLogitsLoss on the logits:         0.00000", output);
        // (log(1 + e^-1) + log 2) / 2: the sigmoid applied twice to a sure, right prediction of each class.
        double expected = (Math.Log(1 + Math.Exp(-1)) + Math.Log(2)) / 2;
        Assert.Contains($"BCEWithLogitsLoss on sigmoid(logits):    {expected:F5}  (no error, and wrong)", output);
    }

    [Fact]
    public async Task Logits_to_BCELoss_fail_only_outside_zero_to_one_and_the_library_refuses_them()
    {
        var output = await OutputAsync();

        Assert.Contains("raw TorchSharp, logits 30 and -30 to BCELoss: ExternalException: all elements of input should be between 0 and 1", output);
        Assert.Matches(@"(?m)^raw TorchSharp, logits between 0\.\d{3} and 0\.\d{3} to BCELoss: loss \d\.\d{5}, no error$", output);
        Assert.Matches(@"Engine\.TrainStep: ArgumentException: lossFn is BCELoss, which takes probabilities in \[0, 1\], but the model's outputs run from [\d.]+ to [\d.]+: they look like logits", output);
        Assert.Contains("fixed with BCELoss on sigmoid(logits): 0.00000; or BCEWithLogitsLoss on the logits: 0.00000", output);
    }

    // Mistakes whose lesson is three printed lines: what raw TorchSharp does, the library's refusal naming the fix,
    // and the fix working.
    [Theory]
    [InlineData("Float64 inputs fail on mat1 and mat2 and the library names the dtypes",
        @"(?m)^fixed with \.to\(float32\): logits \[-?\d\.\d{4}, -?\d\.\d{4}\]$",
        "XDouble is Float64; the model's weights are Float32",
        "raw TorchSharp: ExternalException: mat1 and mat2 must have the same dtype, but got Double and Float",
        "Engine.TrainStep: ArgumentException: x has dtype Float64, but the model's parameters are Float32: convert the features with x.to(torch.float32)")]
    [InlineData("an optimizer over another instance is refused",
        @"(?m)^fixed with an optimizer over newInstance\.parameters\(\): loss 0\.\d{5}$",
        "Engine.TrainStep: ArgumentException: optimizer holds 6 parameter(s), none of them the model's: it was created for another model")]
    [InlineData("a tensor used after its dispose scope has an empty handle",
        @"(?m)^fixed with MoveToOuterDisposeScope\(\): first logit -?\d\.\d{5}$",
        "raw TorchSharp: InvalidOperationException: Tensor invalid -- empty handle.",
        "Engine.TestStep: ArgumentException: x is a tensor that has already been disposed")]
    [InlineData("CrossEntropyLoss on one output is zero silently and refused by the library",
        @"(?m)^fixed with BCEWithLogitsLoss for the one output: loss 0\.\d{5}$",
        "raw TorchSharp, CrossEntropyLoss on one output: loss 0.00000, no error",
        "Engine.TrainStep: ArgumentException: lossFn is CrossEntropyLoss, but the model has one output")]
    public async Task The_mistake_prints_what_goes_wrong_and_the_fix_works(string mistake, string fixedLine, params string[] printed)
    {
        var output = await OutputAsync();

        Assert.All(printed, line => Assert.Contains(line, output));
        Assert.True(Regex.IsMatch(output, fixedLine), $"{mistake}: no line matching {fixedLine}");
    }

    [Fact]
    public async Task Shows_the_shapes_cannot_be_multiplied_error_and_the_missing_batch_dimension_with_their_fixes()
    {
        var output = await CourseNotebooks.OutputAsync(Notebook);

        Assert.Matches(@"raw TorchSharp: \w+: mat1 and mat2 shapes cannot be multiplied \(5x3 and 2x10\)", output);
        Assert.Contains("fixed with 2 features per sample: logits [5, 1]", output);
        Assert.Contains("one sample:              shape [2] -> output shape [1]", output);
        Assert.Contains("after unsqueeze(0):      shape [1, 2] -> output shape [1, 1]", output);
    }

}
