namespace Notebooks.Tests;

/// <summary>
/// Once a helper is in the library and introduced, later notebooks call it instead of writing it out again:
/// accuracy_fn (ClassificationMetrics.AccuracyFn, from 07, or inside Engine.Fit, from 05) and the device choice
/// (Devices.Default), the metrics that count over batches (AccuracyMetric, from 10). 09_solutions keeps its own accuracy
/// function: writing it is part of the exercise.
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
        var source = await CourseNotebooks.SourceAsync(notebook);

        Assert.DoesNotContain("double AccuracyFn(", source);
        Assert.True(source.Contains("ClassificationMetrics.AccuracyFn(") || source.Contains("Engine.Fit("),
            $"{notebook} measures accuracy neither with the library's AccuracyFn nor through its Engine.Fit");
        Assert.DoesNotContain("cuda.is_available() ? CUDA : CPU", source);
        Assert.Contains("var device = Devices.Default;", source);
    }

    [Theory]
    [InlineData("13_diagnosis.ipynb")]
    [InlineData("14_digits.ipynb")]
    public async Task The_real_data_notebooks_take_the_device_from_the_library_and_say_the_cpu_package_has_no_gpu(string notebook)
    {
        var source = await CourseNotebooks.SourceAsync(notebook);

        Assert.DoesNotContain("cuda.is_available() ? CUDA : CPU", source);
        Assert.Contains("var device = Devices.Default;", source);
        var deviceLine = source[source.IndexOf("var device = Devices.Default;", StringComparison.Ordinal)..].Split("\\n")[0];
        Assert.Contains("with the TorchSharp-cpu package, always the CPU", deviceLine); // the true story, beside the line
        Assert.Contains("runs on the CPU only", source);
    }

    [Theory]
    [InlineData("10_minibatches.ipynb")]
    [InlineData("14_digits.ipynb")]
    [InlineData("15_data_pipeline.ipynb")]
    public async Task Mini_batch_loops_count_accuracy_with_the_librarys_metric_not_a_running_sum_of_their_own(string notebook)
    {
        var source = await CourseNotebooks.SourceAsync(notebook);

        Assert.Contains("new AccuracyMetric()", source);
        Assert.Contains("using CourseLib.Metrics;", source);
        Assert.DoesNotContain("class AccuracyMetric", source);
        Assert.DoesNotContain("correct +=", source);
        Assert.Contains("var device = Devices.Default;", source);
    }

    [Fact]
    public async Task The_epoch_shuffler_is_written_out_once_in_10_and_taken_from_the_library_in_14()
    {
        const string Declaration = "class EpochShuffler(";
        Assert.Contains(Declaration, await CourseNotebooks.SourceAsync("10_minibatches.ipynb"));

        var digits = await CourseNotebooks.SourceAsync("14_digits.ipynb");
        Assert.DoesNotContain(Declaration, digits);
        Assert.Contains("new EpochShuffler(trainDataset.Count, new torch.Generator().manual_seed(42))", digits);
        Assert.Contains("using CourseLib.Data;", digits);
    }
}
