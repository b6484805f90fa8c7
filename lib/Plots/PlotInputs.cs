using CourseLib.Metrics;
using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Plots;

/// <summary>Turns the tensors and arrays the charts accept into plain arrays, with clear errors for bad shapes.</summary>
internal static class PlotInputs
{
    /// <summary>The two columns of an <c>[N, 2]</c> feature tensor, on the CPU as doubles.</summary>
    public static (double[] X0, double[] X1) Features(Tensor features, string paramName)
    {
        Guards.Live(features, paramName);
        if (features.dim() != 2 || features.shape[1] != 2)
            throw new ArgumentException($"Features must be a 2-D tensor of shape [N, 2]; got shape [{string.Join(", ", features.shape)}].", paramName);
        var flat = Values(features, paramName);
        return Columns(flat, flat.Length / 2);
    }

    /// <summary>The two columns of an <c>N × 2</c> feature array.</summary>
    public static (double[] X0, double[] X1) Features(double[,] features, string paramName)
    {
        ArgumentNullException.ThrowIfNull(features, paramName);
        if (features.GetLength(1) != 2)
            throw new ArgumentException($"Features must have 2 columns; got {features.GetLength(1)}.", paramName);
        int n = features.GetLength(0);
        var x0 = new double[n];
        var x1 = new double[n];
        for (int i = 0; i < n; i++) { x0[i] = features[i, 0]; x1[i] = features[i, 1]; }
        Finite(x0, paramName);
        Finite(x1, paramName);
        return (x0, x1);
    }

    /// <summary>Class labels from a tensor of shape <c>[N]</c> or <c>[N, 1]</c>, of any numeric type holding whole numbers ≥ 0.</summary>
    public static long[] Labels(Tensor labels, string paramName) => LabelReader.Read(labels, paramName);

    /// <summary>Class labels from integers ≥ 0.</summary>
    public static long[] Labels(IReadOnlyList<int> labels, string paramName)
    {
        ArgumentNullException.ThrowIfNull(labels, paramName);
        var result = new long[labels.Count];
        for (int i = 0; i < result.Length; i++)
        {
            if (labels[i] < 0)
                throw new ArgumentException($"Labels must be class indices ≥ 0; label {i} is {labels[i]}.", paramName);
            result[i] = labels[i];
        }
        return result;
    }

    /// <summary>Every element of <paramref name="tensor"/>, flattened in row-major order, as doubles on the CPU.</summary>
    /// <param name="tensor">The values.</param>
    /// <param name="paramName">The caller's name of it, for messages.</param>
    /// <param name="requireFinite">
    /// Refuse NaN and infinity, which Plotly would leave out of the chart without a word (a diverged model's predictions).
    /// </param>
    public static double[] Values(Tensor tensor, string paramName, bool requireFinite = true)
    {
        Guards.Live(tensor, paramName);
        if (tensor.numel() == 0)
            return [];
        Guards.FitsInArray(paramName, paramName, tensor.numel());
        double[] values;
        using (NewDisposeScope())
            values = tensor.detach().cpu().to_type(ScalarType.Float64).contiguous().data<double>().ToArray();
        if (requireFinite) Finite(values, paramName);
        return values;
    }

    /// <summary>Throws unless every value is finite: a NaN or infinite point would silently be missing from the chart.</summary>
    public static void Finite(IReadOnlyList<double> values, string paramName)
    {
        for (int i = 0; i < values.Count; i++)
            if (!double.IsFinite(values[i]))
                throw new ArgumentException(
                    $"{paramName} holds {Guards.Format(values[i])} (at flat index {i}); a chart cannot draw it and would leave the point out without a word. " +
                    "If these are a model's outputs, its training probably diverged (a learning rate too high?).", paramName);
    }

    /// <summary>Throws unless every named sequence has the length of the first.</summary>
    public static void SameLength(params (string Name, int Length)[] sequences)
    {
        var (firstName, firstLength) = sequences[0];
        foreach (var (name, length) in sequences.Skip(1))
            if (length != firstLength)
                throw new ArgumentException($"{name} has {length} values but {firstName} has {firstLength}; they must have the same length.", name);
    }

    private static (double[] X0, double[] X1) Columns(double[] rowMajor, int rows)
    {
        var x0 = new double[rows];
        var x1 = new double[rows];
        for (int i = 0; i < rows; i++) { x0[i] = rowMajor[2 * i]; x1[i] = rowMajor[2 * i + 1]; }
        return (x0, x1);
    }
}

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

/// <summary>Names for class indices: the caller's, or "0", "1", … when none are given.</summary>
internal static class ClassNames
{
    /// <summary>
    /// <paramref name="names"/> when given (it must name at least <paramref name="classCount"/> classes),
    /// otherwise the indices as text.
    /// </summary>
    public static IReadOnlyList<string> Resolve(IReadOnlyList<string>? names, int classCount)
    {
        if (names is null)
            return Enumerable.Range(0, classCount).Select(k => k.ToString()).ToArray();
        Guards.NoNulls(names, "classNames");
        if (names.Count < classCount)
            throw new ArgumentException($"{names.Count} class names were given but the labels need {classCount} (labels run from 0 to {classCount - 1}).", "classNames");
        return names;
    }
}
