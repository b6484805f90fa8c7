using static TorchSharp.torch;

namespace CourseLib.Plots;

/// <summary>2-D points with a class label each, checked and on the CPU: what every class-coloured chart draws.</summary>
internal sealed record LabeledPoints(double[] X0, double[] X1, long[] Labels)
{
    public static LabeledPoints From(Tensor features, Tensor labels)
    {
        var (x0, x1) = PlotInputs.Features(features, nameof(features));
        return Checked(x0, x1, PlotInputs.Labels(labels, nameof(labels)));
    }

    public static LabeledPoints From(double[,] features, IReadOnlyList<int> labels)
    {
        var (x0, x1) = PlotInputs.Features(features, nameof(features));
        return Checked(x0, x1, PlotInputs.Labels(labels, nameof(labels)));
    }

    /// <summary>One more than the largest label (0 when there are no points).</summary>
    public int ClassCount => Labels.Length == 0 ? 0 : (int)Labels.Max() + 1;

    /// <summary>Smallest and largest value of each feature, widened by <paramref name="margin"/> on every side.</summary>
    public (double Min0, double Max0, double Min1, double Max1) Bounds(double margin)
    {
        if (Labels.Length == 0)
            throw new ArgumentException("There are no points to take a range from.", "features");
        return (X0.Min() - margin, X0.Max() + margin, X1.Min() - margin, X1.Max() + margin);
    }

    private static LabeledPoints Checked(double[] x0, double[] x1, long[] labels)
    {
        PlotInputs.SameLength(("features", x0.Length), ("labels", labels.Length));
        return new LabeledPoints(x0, x1, labels);
    }
}
