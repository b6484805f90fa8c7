using Plotly.NET;
using Plotly.NET.CSharp;
using static TorchSharp.torch;
using Chart = Plotly.NET.CSharp.Chart;

namespace CourseLib.Plots;

/// <summary>
/// The course's <c>plot_decision_boundary(model, X, y)</c>: a model's predicted class over a grid spanning the
/// data (±0.1) as filled regions, the points on top. Unlike the Python helper it picks sigmoid or softmax from
/// the model's output width, not from the labels, and it leaves the model's device and train/eval mode alone. Introduced in notebook 04_training_loop.
/// </summary>
public static class DecisionBoundary
{
    /// <summary>Grid points per axis, as in the course (101 × 101).</summary>
    internal const int Resolution = 101;

    /// <summary>How far the grid reaches beyond the data on every side, as in the course.</summary>
    internal const double Margin = 0.1;

    private const double RegionOpacity = 0.35;

    /// <summary>Plots the model's decision regions over <paramref name="features"/> with the labelled points on top. Introduced in notebook 05_non_linearity.</summary>
    /// <param name="model">A classifier taking <c>[N, 2]</c> and returning logits <c>[N]</c>, <c>[N, 1]</c> (binary) or <c>[N, C]</c> (multi-class).</param>
    /// <param name="features">Points, shape <c>[N, 2]</c>, on any device.</param>
    /// <param name="labels">Class index of each point, shape <c>[N]</c> or <c>[N, 1]</c>.</param>
    /// <param name="title">Chart title, if any.</param>
    /// <param name="classNames">Legend name of each class; "0", "1", … when omitted.</param>
    public static GenericChart Plot(nn.Module<Tensor, Tensor> model, Tensor features, Tensor labels, string? title = null, IReadOnlyList<string>? classNames = null)
    {
        Guards.LiveModule(model);
        var points = LabeledPoints.From(features, labels);
        var chart = Draw(PredictGrid(model, points), points, classNames);
        if (ClassScatter.ComparableRanges(points.X0, points.X1)) chart = chart.WithEqualAxisScales();
        return chart.WithTitle(title).WithCourseStyle();
    }

    /// <summary>
    /// Train and test decision boundaries side by side, titled "Train" and "Test", as the course shows them
    /// after training. Introduced in notebook 04_training_loop.
    /// </summary>
    /// <inheritdoc cref="Plot"/>
    public static GenericChart PlotTrainTest(nn.Module<Tensor, Tensor> model, Tensor trainFeatures, Tensor trainLabels, Tensor testFeatures, Tensor testLabels, IReadOnlyList<string>? classNames = null)
    {
        Guards.LiveModule(model);
        var train = LabeledPoints.From(trainFeatures, trainLabels, nameof(trainFeatures), nameof(trainLabels));
        var test = LabeledPoints.From(testFeatures, testLabels, nameof(testFeatures), nameof(testLabels));
        var panels = new[]
        {
            Draw(PredictGrid(model, train), train, classNames),
            Draw(PredictGrid(model, test), test, classNames).WithTraceInfo(ShowLegend: false), // one legend for both
        };
        var grid = Chart.Grid(panels, 1, 2, SubPlotTitles: new[] { "Train", "Test" });
        if (ClassScatter.ComparableRanges(train.X0, train.X1) && ClassScatter.ComparableRanges(test.X0, test.X1))
            grid = grid.WithEqualAxisScales(panels: 2);
        return grid.WithCourseStyle();
    }

    /// <summary>
    /// The model's predicted class at each point of a <see cref="Resolution"/> × <see cref="Resolution"/> grid over
    /// the range of <paramref name="features"/> ± <see cref="Margin"/>: <c>round(sigmoid)</c> for one output,
    /// <c>argmax(softmax)</c> for several. Runs without gradients and in eval mode on the model's own device;
    /// the model's device and train/eval flags are as before when it returns.
    /// </summary>
    /// <param name="model">The classifier.</param>
    /// <param name="features">Points, shape <c>[N, 2]</c>; only their range is used.</param>
    internal static BoundaryGrid PredictGrid(nn.Module<Tensor, Tensor> model, Tensor features)
    {
        Guards.LiveModule(model);
        var (x0, x1) = PlotInputs.Features(features, nameof(features));
        return GridPredictor.Predict(model, x0, x1, Resolution, Margin);
    }

    private static BoundaryGrid PredictGrid(nn.Module<Tensor, Tensor> model, LabeledPoints points) =>
        GridPredictor.Predict(model, points.X0, points.X1, Resolution, Margin);

    private static GenericChart Draw(BoundaryGrid grid, LabeledPoints points, IReadOnlyList<string>? classNames)
    {
        int classCount = Math.Max(grid.ModelClassCount, Math.Max(points.ClassCount, classNames?.Count ?? 0));
        var names = ClassNames.Resolve(classNames, classCount);
        var regions = Chart.Heatmap<int, double, double, string>(
                grid.Classes, X: grid.Xs, Y: grid.Ys, Name: "Predicted class", ShowLegend: false,
                Opacity: RegionOpacity, ColorScale: Palette.Discrete(classCount), ShowScale: false, UseDefaults: false)
            .WithTraceProperty("zmin", -0.5)
            .WithTraceProperty("zmax", classCount - 0.5);
        return Chart.Combine([regions, ClassScatter.Points(points, names)])
            .WithAxisTitles("X1", "X2");
    }
}
