using System.Globalization;
using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>02_model: the PyTorch → TorchSharp guide, the device story, a model as a class and as Sequential, and the shapes of untrained predictions.</summary>
[Trait("Tier", "Full")]
public class ModelNotebookTests
{
    private const string Notebook = "02_model.ipynb";

    [Fact]
    public async Task Prints_the_model_as_PyTorch_would()
    {
        var output = await CourseNotebooks.OutputAsync(Notebook);

        Assert.Contains(
            """
            CircleModelV0(
              (layer1): Linear(in_features=2, out_features=5, bias=True)
              (layer2): Linear(in_features=5, out_features=1, bias=True)
            )
            """.ReplaceLineEndings("\n"), output);
        Assert.Contains("(0): Linear(in_features=2, out_features=5, bias=True)", output);
    }

    [Fact]
    public async Task Class_and_Sequential_models_start_identical_after_the_same_seed()
    {
        var output = await CourseNotebooks.OutputAsync(Notebook);
        Assert.Contains("identical weights: True", output);
    }

    [Fact]
    public async Task Untrained_predictions_are_a_column_where_labels_are_flat()
    {
        var output = await CourseNotebooks.OutputAsync(Notebook);

        Assert.Contains("Length of predictions: 200, Shape: [200, 1]", output);
        Assert.Contains("Length of test samples: 200, Shape: [200]", output);
    }

    [Fact]
    public async Task Squeezes_the_printed_predictions_only_after_showing_the_column()
    {
        var output = await CourseNotebooks.OutputAsync(Notebook);

        // The column [10, 1] prints one bracketed value per line; squeezed, the same ten values in one flat list.
        var column = Regex.Match(output, @"First 10 predictions, a column \[10, 1\]:\n(?<values>.*?)\n\nThe same, squeezed to \[10\]:\n(?<flat>.*?)\n", RegexOptions.Singleline);
        Assert.True(column.Success, output);
        var rows = column.Groups["values"].Value.Split('\n');
        Assert.Equal(10, rows.Length);
        Assert.All(rows, row => Assert.Matches(@"^(\[\[| \[)-?\d\.\d{4}\]\]?$", row));
        Assert.Matches(@"^\[-?\d\.\d{4}(, -?\d\.\d{4}){9}\]$", column.Groups["flat"].Value);
        Assert.Equal(Numbers(column.Groups["values"].Value), Numbers(column.Groups["flat"].Value));
        Assert.Matches(@"First 10 test labels, \[10\]:\n\[[01]\.0000(, [01]\.0000){9}\]", output);
    }

    [Fact]
    public async Task Computes_x_W_transposed_plus_b_by_hand_and_gets_what_the_model_returns()
    {
        var output = (await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutputOfCell("hiddenByHand");

        Assert.Contains("x W1ᵀ + b1, shape [3, 5]:\n", output);
        var byHand = Regex.Match(output, @"^by hand, shape \[3, 1\]:\s+\[(?<values>[^\]]+)\]$", RegexOptions.Multiline);
        var byModel = Regex.Match(output, @"^model0\.call\(x\):\s+\[(?<values>[^\]]+)\]$", RegexOptions.Multiline);
        Assert.True(byHand.Success && byModel.Success, output);
        Assert.Equal(3, Numbers(byHand.Groups["values"].Value).Length);
        Assert.Equal(Numbers(byModel.Groups["values"].Value), Numbers(byHand.Groups["values"].Value));
        Assert.Contains("the same (allclose): True", output);
        // The formula is written where the weight shapes are explained.
        Assert.Contains(@"$$y = x\\,W^{\\mathsf T} + b$$", await CourseNotebooks.SourceAsync(Notebook)); // as the .ipynb's JSON escapes it
    }

    private static double[] Numbers(string text) =>
        Regex.Matches(text, @"-?\d+\.\d+").Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();

    [Fact]
    public async Task The_guide_shows_ToString_against_str_ranges_item_and_the_inference_mode_block()
    {
        var output = await CourseNotebooks.OutputAsync(Notebook);

        Assert.Contains("ToString():   [6x2], type = Float32, device = cpu\n", output);
        Assert.Contains("x[..2]:       [[1.0000, 2.0000]\n [3.0000, 4.0000]]\n", output);
        Assert.Contains("x[.., 0]:     [1.0000, 3.0000, 5.0000, 7.0000, 9.0000, 11.0000]\n", output);
        Assert.Contains("item<float>(): 78\n", output);
        Assert.Contains("rows 6, columns 2, shape [6, 2]", output);
        Assert.Contains("inside inference_mode(): gradients enabled = False", output);
        Assert.Contains("after the block:         gradients enabled = True", output);
    }

    [Fact]
    public async Task Tells_the_device_story_true_and_uses_inference_mode_for_evaluation()
    {
        var notebook = await CourseNotebooks.SourceAsync(Notebook);

        Assert.DoesNotContain("runs fastest on a GPU", notebook);
        Assert.Contains("TorchSharp-cuda-linux", notebook);
        Assert.Contains("TorchSharp-cuda-windows", notebook);
        Assert.Contains("For this chapter the CPU is faster.", notebook);
        Assert.DoesNotContain("using (no_grad())", notebook);
    }
}
