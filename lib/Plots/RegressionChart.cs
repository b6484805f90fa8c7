using Plotly.NET;
using static TorchSharp.torch;
using Chart = Plotly.NET.CSharp.Chart;

namespace CourseLib.Plots;

/// <summary>
/// The course's <c>plot_predictions</c>: training data (blue), testing data (green) and, when given, the
/// model's predictions for the test inputs (vermillion), as markers over one input feature. Introduced in notebook 04_training_loop.
/// </summary>
public static class RegressionChart
{
    /// <summary>Plots train and test data and optional predictions; tensors may be <c>[N]</c> or <c>[N, 1]</c>. Introduced in notebook 04_training_loop.</summary>
    /// <param name="trainData">Training inputs.</param>
    /// <param name="trainLabels">Training targets, one per training input.</param>
    /// <param name="testData">Testing inputs.</param>
    /// <param name="testLabels">Testing targets, one per testing input.</param>
    /// <param name="predictions">The model's outputs for <paramref name="testData"/>, if any.</param>
    /// <param name="title">Chart title, if any.</param>
    public static GenericChart Plot(Tensor trainData, Tensor trainLabels, Tensor testData, Tensor testLabels, Tensor? predictions = null, string? title = null) =>
        Draw(PlotInputs.Values(trainData, nameof(trainData)), PlotInputs.Values(trainLabels, nameof(trainLabels)),
             PlotInputs.Values(testData, nameof(testData)), PlotInputs.Values(testLabels, nameof(testLabels)),
             predictions is null ? null : PlotInputs.Values(predictions, nameof(predictions)), title);

    /// <inheritdoc cref="Plot(Tensor, Tensor, Tensor, Tensor, Tensor?, string?)"/>
    internal static GenericChart Plot(double[] trainData, double[] trainLabels, double[] testData, double[] testLabels, double[]? predictions = null, string? title = null) =>
        Draw(trainData, trainLabels, testData, testLabels, predictions, title);

    private static GenericChart Draw(double[] trainData, double[] trainLabels, double[] testData, double[] testLabels, double[]? predictions, string? title)
    {
        ArgumentNullException.ThrowIfNull(trainData);
        ArgumentNullException.ThrowIfNull(trainLabels);
        ArgumentNullException.ThrowIfNull(testData);
        ArgumentNullException.ThrowIfNull(testLabels);
        foreach (var (name, values) in new[] { (nameof(trainData), trainData), (nameof(trainLabels), trainLabels), (nameof(testData), testData), (nameof(testLabels), testLabels), (nameof(predictions), predictions ?? []) })
            PlotInputs.Finite(values, name);
        PlotInputs.SameLength((nameof(trainData), trainData.Length), (nameof(trainLabels), trainLabels.Length));
        PlotInputs.SameLength((nameof(testData), testData.Length), (nameof(testLabels), testLabels.Length),
            (nameof(predictions), predictions?.Length ?? testData.Length));

        var traces = new List<GenericChart>
        {
            Traces.Markers(trainData, trainLabels, "Training data", colorIndex: 0),
            Traces.Markers(testData, testLabels, "Testing data", colorIndex: 2),
        };
        if (predictions is not null)
            traces.Add(Traces.Markers(testData, predictions, "Predictions", colorIndex: 1));
        return Chart.Combine(traces).WithAxisTitles("X", "y").WithTitle(title).WithCourseStyle();
    }
}
