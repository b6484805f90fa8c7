using System.Text.RegularExpressions;
using CourseTests;

namespace Notebooks.Tests;

/// <summary>
/// Every decimal number a notebook's prose states can be found in what the notebook printed on this machine, or in
/// its code (where it is a setting, such as a learning rate of 0.01). Prose that quotes one machine's result (a loss
/// that drifts in the fifth decimal between processors) fails here on the next machine; the cell should print the
/// comparison instead. Versions (PyTorch 1.13, libtorch 2.10) and section numbers (the original's "1.2 Turn data into …"
/// quoted in a map) are not results and are left out.
/// </summary>
[Trait("Tier", "Full")]
public partial class ProseNumbersTests
{
    // A decimal such as 0.01953 or 96.5, not part of a longer dotted number such as 1.13.1.
    [GeneratedRegex(@"(?<![\w.])\d+\.\d+(?!\.?\d)")]
    private static partial Regex DecimalNumber();

    // An inline code span that is a call, such as `optim.Adam(params, lr=0.01)`: its numbers are code, not results.
    [GeneratedRegex(@"`[^`\n]+`")]
    private static partial Regex CodeSpan();

    // Text just before a number that makes it a version or a section: "PyTorch 1.13", "libtorch 2.10", "section 5.1".
    [GeneratedRegex(@"(PyTorch|libtorch|TorchSharp|NumPy|scikit-learn|Plotly\.NET|\.NET|FSharp\.Core|Python|C#|Debian|version|plotly\.js|section)\W{0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex NotAResultBefore();

    [Theory]
    [InlineData("01_data.ipynb")]
    [InlineData("02_model.ipynb")]
    [InlineData("03_loss_optimizer.ipynb")]
    [InlineData("04_training_loop.ipynb")]
    [InlineData("06_multiclass.ipynb")]
    [InlineData("06b_gradients_by_hand.ipynb")]
    [InlineData("07_metrics.ipynb")]
    [InlineData("08_saving_loading.ipynb")]
    [InlineData("08b_common_mistakes.ipynb")]
    [InlineData("09_solutions.ipynb")]
    [InlineData("10_minibatches.ipynb")]
    [InlineData("11_experiments.ipynb")]
    [InlineData("13_diagnosis.ipynb")]
    [InlineData("14_digits.ipynb")]
    [InlineData("15_data_pipeline.ipynb")]
    [InlineData("16_overfitting.ipynb")]
    [InlineData("17_lr_finder.ipynb")]
    [InlineData("18_multilabel.ipynb")]
    public async Task Every_number_the_prose_states_is_printed_by_the_outputs_or_written_in_the_code(string notebook)
    {
        var executed = await CourseNotebooks.ExecutedAsync(notebook);
        var cells = executed.Json["cells"]!.AsArray().Select(c => c!.AsObject()).ToList();
        string Source(System.Text.Json.Nodes.JsonObject cell) => cell["source"].JoinedText();
        var code = string.Concat(cells.Where(c => (string?)c["cell_type"] == "code").Select(Source));
        var printed = executed.StandardOutput + string.Concat(executed.Data("text/plain"));

        var unprinted =
            from prose in cells.Where(c => (string?)c["cell_type"] == "markdown").Select(c => CodeSpan().Replace(Source(c), span => span.Value.Contains('(') ? "`code`" : span.Value))
            from number in DecimalNumber().Matches(prose)
            where !NotAResultBefore().IsMatch(prose[Math.Max(0, number.Index - 20)..number.Index])
            where !OriginalChapter.Sections.Any(section => prose.AsSpan(number.Index).StartsWith(section)) // "1.2 Turn data into …", quoted in a map
            where !printed.Contains(number.Value, StringComparison.Ordinal) && !code.Contains(number.Value, StringComparison.Ordinal)
            select $"{number.Value} in \"…{prose[Math.Max(0, number.Index - 60)..Math.Min(prose.Length, number.Index + 20)].ReplaceLineEndings(" ")}…\"";

        Assert.True(!unprinted.Any(), $"{notebook}'s prose states numbers its outputs do not print:\n  {string.Join("\n  ", unprinted)}");
    }
}
