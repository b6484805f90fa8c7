using CourseLib.Data;
using CourseLib.Training;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CourseLib.Plots;

/// <summary>
/// Runs a classifier over a regular grid of 2-D points and returns the predicted class at each, the way the course's
/// <c>plot_decision_boundary</c> does, but on the model's own device and dtype and with its train/eval flags kept.
/// </summary>
internal static class GridPredictor
{
    /// <summary>
    /// Predicted classes on a <paramref name="resolution"/>² grid spanning the points ± <paramref name="margin"/>:
    /// <c>round(sigmoid)</c> for one output, <c>argmax(softmax)</c> for several.
    /// </summary>
    public static BoundaryGrid Predict(nn.Module<Tensor, Tensor> model, double[] x0, double[] x1, int resolution, double margin)
    {
        if (x0.Length == 0)
            throw new ArgumentException("There are no points to take the grid's range from.", "features");
        var xs = NumPy.Linspace(x0.Min() - margin, x0.Max() + margin, resolution);
        var ys = NumPy.Linspace(x1.Min() - margin, x1.Max() + margin, resolution);
        var (device, dtype) = ModelPlacement.Of(model);

        using var evaluation = new EvaluationMode(model);
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();

        var input = tensor(GridRows(xs, ys), [xs.Length * (long)ys.Length, 2], ScalarType.Float64).to(dtype, device);
        if (!isfinite(input).all().item<bool>())
            throw new ArgumentException(
                $"The features' range (±{Guards.Format(Math.Max(Math.Abs(xs[0]), Math.Abs(xs[^1])))} by ±{Guards.Format(Math.Max(Math.Abs(ys[0]), Math.Abs(ys[^1])))}) " +
                $"does not fit the model's {dtype}: the grid's points would be infinite. Scale the features (StandardScaler) first.", "features");
        var logits = Forward(model, input);
        int width = OutputWidth(logits, input.shape[0]);
        // A model that returns class labels (argmax, round) or has diverged would otherwise be drawn as one region.
        if (!logits.is_floating_point())
            throw new ArgumentException(
                $"The model returned {logits.dtype} values, not logits: a decision boundary needs the raw outputs of its last layer " +
                "(a forward that ends in argmax or round gives labels instead).", nameof(model));
        if (!isfinite(logits).all().item<bool>())
            throw new ArgumentException(
                "The model's outputs on the grid are NaN or infinite: its weights have diverged (often a learning rate too high), so " +
                "it has no decision boundary to draw. Create the model again and train it with a smaller learning rate.", nameof(model));
        var predicted = Logits.ToLabelsUnchecked(logits);
        var flat = predicted.to(ScalarType.Int32, CPU).data<int>().ToArray();

        var classes = new int[ys.Length][];
        for (int i = 0; i < ys.Length; i++)
            classes[i] = flat.AsSpan(i * xs.Length, xs.Length).ToArray();
        return new BoundaryGrid(xs, ys, classes, width);
    }

    // libtorch's "mat1 and mat2 shapes cannot be multiplied" names neither the model nor the fix.
    private static Tensor Forward(nn.Module<Tensor, Tensor> model, Tensor input)
    {
        try
        {
            return model.call(input);
        }
        catch (System.Runtime.InteropServices.ExternalException e)
        {
            throw new ArgumentException(
                "The model could not predict on the grid's 2-D points (shape [N, 2]): a decision boundary needs a classifier " +
                $"with 2 input features. libtorch said: {e.Message.Split('\n', 2)[0].Trim()}", nameof(model), e);
        }
    }

    private static int OutputWidth(Tensor logits, long rows)
    {
        bool shapeOk = logits.shape.Length is 1 or 2 && logits.shape[0] == rows && (logits.shape.Length == 1 || logits.shape[1] > 0);
        if (!shapeOk)
            throw new InvalidOperationException($"The model returned shape [{string.Join(", ", logits.shape)}] for {rows} points; a classifier should return [{rows}], [{rows}, 1] or [{rows}, classes].");
        return logits.shape.Length == 1 ? 1 : (int)logits.shape[1];
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

/// <summary>
/// A model's predicted class at every point of a regular grid: <see cref="Classes"/>[i][j] is the class at
/// (<see cref="Xs"/>[j], <see cref="Ys"/>[i]), the layout of a Plotly heatmap's z.
/// </summary>
/// <param name="Xs">Grid coordinates along the first feature, ascending.</param>
/// <param name="Ys">Grid coordinates along the second feature, ascending.</param>
/// <param name="Classes">Predicted class per grid point, one row per <paramref name="Ys"/> value.</param>
/// <param name="OutputWidth">Width of the model's output: 1 means sigmoid was used, more means softmax.</param>
internal sealed record BoundaryGrid(double[] Xs, double[] Ys, int[][] Classes, int OutputWidth)
{
    /// <summary>Grid coordinates along the first feature, ascending.</summary>
    public double[] Xs { get; init; } = Xs ?? throw new ArgumentNullException(nameof(Xs));

    /// <summary>Grid coordinates along the second feature, ascending.</summary>
    public double[] Ys { get; init; } = Ys ?? throw new ArgumentNullException(nameof(Ys));

    /// <summary>Predicted class per grid point, one row per <see cref="Ys"/> value.</summary>
    public int[][] Classes { get; init; } = Classes ?? throw new ArgumentNullException(nameof(Classes));

    /// <summary>How many classes the model can predict: 2 for one output (sigmoid), else the output width (softmax).</summary>
    public int ModelClassCount => OutputWidth == 1 ? 2 : OutputWidth;
}

/// <summary>
/// Puts a module and all its submodules in eval mode and, when disposed, gives every one of them back the
/// train/eval flag it had — even when submodules were in different modes.
/// </summary>
internal sealed class EvaluationMode : IDisposable
{
    // Pre-order (each module before its descendants): restoring in this order works although train(bool)
    // recurses, because a descendant's own flag is set after its ancestor's recursive call.
    private readonly List<(Module Module, bool Training)> _flags = [];

    public EvaluationMode(Module module)
    {
        Record(module);
        if (_flags.Any(f => f.Training))
            module.eval();
    }

    public void Dispose()
    {
        if (!_flags.Any(f => f.Training))
            return;
        foreach (var (module, training) in _flags)
            module.train(training);
    }

    private void Record(Module module)
    {
        _flags.Add((module, module.training));
        foreach (var (_, child) in module.named_children())
            Record(child);
    }
}

/// <summary>Where a model's weights live, read from its parameters (or buffers), so inputs can be made to match.</summary>
internal static class ModelPlacement
{
    /// <summary>The device and floating-point type of the model's first parameter or buffer; CPU and float32 when it has neither.</summary>
    public static (Device Device, ScalarType DType) Of(Module model)
    {
        var first = model.parameters().Cast<Tensor>().Concat(model.buffers()).FirstOrDefault(t => t.is_floating_point());
        return first is null ? (CPU, ScalarType.Float32) : (first.device, first.dtype);
    }
}
