using static TorchSharp.torch;

namespace CourseLib.Plots;

/// <summary>At least one 2-D point with a class label each, checked and on the CPU: what every class-coloured chart draws.</summary>
internal sealed record LabeledPoints(double[] X0, double[] X1, long[] Labels)
{
    /// <summary>Points and labels, checked; <paramref name="featuresName"/> and <paramref name="labelsName"/> are the caller's parameter names.</summary>
    public static LabeledPoints From(Tensor features, Tensor labels, string featuresName = "features", string labelsName = "labels")
    {
        var (x0, x1) = PlotInputs.Features(features, featuresName);
        return Checked(x0, x1, PlotInputs.Labels(labels, labelsName), featuresName, labelsName);
    }

    public static LabeledPoints From(double[,] features, IReadOnlyList<int> labels)
    {
        var (x0, x1) = PlotInputs.Features(features, nameof(features));
        return Checked(x0, x1, PlotInputs.Labels(labels, nameof(labels)), nameof(features), nameof(labels));
    }

    /// <summary>One more than the largest label.</summary>
    public int ClassCount => (int)Labels.Max() + 1;

    private static LabeledPoints Checked(double[] x0, double[] x1, long[] labels, string featuresName, string labelsName)
    {
        PlotInputs.SameLength((featuresName, x0.Length), (labelsName, labels.Length));
        if (x0.Length == 0)
            throw new ArgumentException("There are no points to plot.", featuresName);
        long largest = labels.Max();
        if (largest >= Metrics.LabelPair.MaxClasses)
            throw new ArgumentException(
                $"labels contains {largest}, but a chart colours at most {Metrics.LabelPair.MaxClasses:N0} classes (0 to {Metrics.LabelPair.MaxClasses - 1}): " +
                "are these class labels?", labelsName);
        return new LabeledPoints(x0, x1, labels);
    }
}
