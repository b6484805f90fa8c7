using Plotly.NET;
using Plotly.NET.CSharp;
using static TorchSharp.torch;
using Chart = Plotly.NET.CSharp.Chart;

namespace CourseLib.Plots;

/// <summary>
/// The course's <c>plot_decision_boundary(model, X, y)</c>: a model's predicted class over a grid spanning the
/// data (±0.1) as filled regions, the points on top. Unlike the Python helper it picks sigmoid or softmax from
/// the model's output width, not from the labels, and it leaves the model's device and train/eval mode alone.
/// </summary>
public static class DecisionBoundary
{
    /// <summary>Grid points per axis, as in the course (101 × 101).</summary>
    public const int Resolution = 101;

    /// <summary>How far the grid reaches beyond the data on every side, as in the course.</summary>
    public const double Margin = 0.1;

    private const double RegionOpacity = 0.35;

    /// <summary>Plots the model's decision regions over <paramref name="features"/> with the labelled points on top.</summary>
    /// <param name="model">A classifier taking <c>[N, 2]</c> and returning logits <c>[N]</c>, <c>[N, 1]</c> (binary) or <c>[N, C]</c> (multi-class).</param>
    /// <param name="features">Points, shape <c>[N, 2]</c>, on any device.</param>
    /// <param name="labels">Class index of each point, shape <c>[N]</c> or <c>[N, 1]</c>.</param>
    /// <param name="title">Chart title, if any.</param>
    /// <param name="classNames">Legend name of each class; "0", "1", … when omitted.</param>
    public static GenericChart Plot(nn.Module<Tensor, Tensor> model, Tensor features, Tensor labels, string? title = null, IReadOnlyList<string>? classNames = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var points = LabeledPoints.From(features, labels);
        return Draw(PredictGrid(model, points), points, classNames).WithTitle(title).WithCourseStyle();
    }

    /// <summary>
    /// Train and test decision boundaries side by side, titled "Train" and "Test", as the course shows them
    /// after training.
    /// </summary>
    /// <inheritdoc cref="Plot"/>
    public static GenericChart PlotTrainTest(nn.Module<Tensor, Tensor> model, Tensor trainFeatures, Tensor trainLabels, Tensor testFeatures, Tensor testLabels, IReadOnlyList<string>? classNames = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var train = LabeledPoints.From(trainFeatures, trainLabels);
        var test = LabeledPoints.From(testFeatures, testLabels);
        var panels = new[]
        {
            Draw(PredictGrid(model, train), train, classNames),
            Draw(PredictGrid(model, test), test, classNames).WithTraceInfo(ShowLegend: false), // one legend for both
        };
        return Chart.Grid(panels, 1, 2, SubPlotTitles: new[] { "Train", "Test" }).WithCourseStyle();
    }

    /// <summary>
    /// The model's predicted class at each point of a <see cref="Resolution"/> × <see cref="Resolution"/> grid over
    /// the range of <paramref name="features"/> ± <see cref="Margin"/>: <c>round(sigmoid)</c> for one output,
    /// <c>argmax(softmax)</c> for several. Runs without gradients and in eval mode on the model's own device;
    /// the model's device and train/eval flags are as before when it returns.
    /// </summary>
    /// <param name="model">The classifier.</param>
    /// <param name="features">Points, shape <c>[N, 2]</c>; only their range is used.</param>
    public static BoundaryGrid PredictGrid(nn.Module<Tensor, Tensor> model, Tensor features)
    {
        ArgumentNullException.ThrowIfNull(model);
        var (x0, x1) = PlotInputs.Features(features, nameof(features));
        return PredictGrid(model, new LabeledPoints(x0, x1, new long[x0.Length]));
    }

    private static BoundaryGrid PredictGrid(nn.Module<Tensor, Tensor> model, LabeledPoints points)
    {
        var (min0, max0, min1, max1) = points.Bounds(Margin);
        var xs = LinSpace(min0, max0, Resolution);
        var ys = LinSpace(min1, max1, Resolution);
        var (device, dtype) = ModelPlacement.Of(model);

        using var evaluation = new EvaluationMode(model);
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();

        using var input = tensor(GridRows(xs, ys), [xs.Length * (long)ys.Length, 2], ScalarType.Float64).to(dtype, device);
        var logits = model.call(input);
        int width = OutputWidth(logits, input.shape[0]);
        var predicted = width == 1
            ? round(sigmoid(logits.reshape(-1)))
            : softmax(logits, dim: 1).argmax(dim: 1);
        var flat = predicted.to(ScalarType.Int32, CPU).data<int>().ToArray();

        var classes = new int[ys.Length][];
        for (int i = 0; i < ys.Length; i++)
            classes[i] = flat.AsSpan(i * xs.Length, xs.Length).ToArray();
        return new BoundaryGrid(xs, ys, classes, width);
    }

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

    private static int OutputWidth(Tensor logits, long rows)
    {
        bool shapeOk = logits.shape.Length is 1 or 2 && logits.shape[0] == rows;
        if (!shapeOk)
            throw new InvalidOperationException($"The model returned shape [{string.Join(", ", logits.shape)}] for {rows} points; a classifier should return [{rows}], [{rows}, 1] or [{rows}, classes].");
        return logits.shape.Length == 1 ? 1 : (int)logits.shape[1];
    }

    // numpy.linspace: evenly spaced, both ends included, the last exactly 'stop'.
    private static double[] LinSpace(double start, double stop, int count)
    {
        var values = new double[count];
        double step = (stop - start) / (count - 1);
        for (int i = 0; i < count; i++) values[i] = start + i * step;
        values[^1] = stop;
        return values;
    }

    // Rows (x, y) with x varying fastest: the order of numpy's meshgrid(...).ravel() in the course helper.
    private static double[] GridRows(double[] xs, double[] ys)
    {
        var rows = new double[2 * xs.Length * ys.Length];
        int r = 0;
        foreach (var y in ys)
            foreach (var x in xs) { rows[r++] = x; rows[r++] = y; }
        return rows;
    }
}
