using CourseLib.Training;
using static TorchSharp.torch;

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
        var xs = LinSpace(x0.Min() - margin, x0.Max() + margin, resolution);
        var ys = LinSpace(x1.Min() - margin, x1.Max() + margin, resolution);
        var (device, dtype) = ModelPlacement.Of(model);

        using var evaluation = new EvaluationMode(model);
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();

        var input = tensor(GridRows(xs, ys), [xs.Length * (long)ys.Length, 2], ScalarType.Float64).to(dtype, device);
        var logits = Forward(model, input);
        int width = OutputWidth(logits, input.shape[0]);
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
