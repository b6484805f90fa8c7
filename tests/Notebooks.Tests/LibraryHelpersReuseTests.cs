namespace Notebooks.Tests;

/// <summary>
/// Once a helper is in the library and introduced, later notebooks call it instead of writing it out again:
/// accuracy_fn (ClassificationMetrics.AccuracyFn, from 07) and the device choice (Devices.Default).
/// 09_solutions keeps its own accuracy function: writing it is part of the exercise.
/// </summary>
public class LibraryHelpersReuseTests
{
    [Theory]
    [InlineData("08_saving_loading.ipynb")]
    [InlineData("10_minibatches.ipynb")]
    [InlineData("11_experiments.ipynb")]
    [InlineData("12_live_training.ipynb")]
    public async Task Notebooks_after_07_call_the_librarys_accuracy_and_device_helpers(string notebook)
    {
        var source = await File.ReadAllTextAsync(Path.Combine(CourseNotebooks.Options.NotebooksRoot, notebook));

        Assert.DoesNotContain("double AccuracyFn(", source);
        Assert.Contains("ClassificationMetrics.AccuracyFn(", source);
        Assert.DoesNotContain("cuda.is_available() ? CUDA : CPU", source);
        Assert.Contains("var device = Devices.Default;", source);
    }
}
