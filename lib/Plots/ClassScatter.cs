using Plotly.NET;
using static TorchSharp.torch;
using Chart = Plotly.NET.CSharp.Chart;

namespace CourseLib.Plots;

/// <summary>
/// 2-D data coloured by class: one scatter trace per class, in the class's <see cref="Palette"/> colour. Unnamed
/// features are two coordinates of one plane (X1, X2, as make_circles draws them) and get equal scales, so circles
/// look round; named features are two different quantities and each axis is fitted to its own data. Introduced in notebook 01_data.
/// </summary>
public static class ClassScatter
{
    /// <summary>Plots the rows of an <c>[N, 2]</c> feature tensor coloured by their labels (shape <c>[N]</c> or <c>[N, 1]</c>, whole numbers). Introduced in notebook 05_non_linearity.</summary>
    /// <param name="features">Points, shape <c>[N, 2]</c>.</param>
    /// <param name="labels">Class index of each point.</param>
    /// <param name="classNames">Legend name of each class; "0", "1", … when omitted.</param>
    /// <param name="title">Chart title, if any.</param>
    /// <param name="featureNames">The two features' names, as the axes' titles ("X1", "X2" when omitted).</param>
    public static GenericChart Plot(Tensor features, Tensor labels, IReadOnlyList<string>? classNames = null, string? title = null,
        IReadOnlyList<string>? featureNames = null) =>
        Plot(LabeledPoints.From(features, labels), classNames, title, featureNames);

    /// <summary>Plots the rows of an <c>N × 2</c> array coloured by their labels. Introduced in notebook 01_data.</summary>
    /// <inheritdoc cref="Plot(Tensor, Tensor, IReadOnlyList{string}?, string?, IReadOnlyList{string}?)"/>
    public static GenericChart Plot(double[,] features, IReadOnlyList<int> labels, IReadOnlyList<string>? classNames = null, string? title = null,
        IReadOnlyList<string>? featureNames = null) =>
        Plot(LabeledPoints.From(features, labels), classNames, title, featureNames);

    /// <summary>
    /// Two features' ranges may differ by this factor and still share a scale: beyond it, equal scales squash the
    /// narrower one into a line (13's mean radius, 7 to 28, against mean concave points, 0 to 0.2).
    /// </summary>
    internal const double MostComparableRangeRatio = 10;

    private static GenericChart Plot(LabeledPoints points, IReadOnlyList<string>? classNames, string? title, IReadOnlyList<string>? featureNames)
    {
        var (xTitle, yTitle) = AxisTitles(featureNames);
        var chart = Points(points, ClassNames.Resolve(classNames, points.ClassCount)).WithAxisTitles(xTitle, yTitle);
        if (featureNames is null && ComparableRanges(points.X0, points.X1))
            chart = chart.WithEqualAxisScales();
        return chart.WithTitle(title).WithCourseStyle();
    }

    private static (string X, string Y) AxisTitles(IReadOnlyList<string>? featureNames)
    {
        if (featureNames is null) return ("X1", "X2");
        if (featureNames.Count != 2)
            throw new ArgumentException($"A scatter plot shows two features; got {featureNames.Count} feature names.", nameof(featureNames));
        Guards.NoNulls(featureNames, nameof(featureNames));
        return (featureNames[0], featureNames[1]);
    }

    /// <summary>Whether the two coordinates' ranges are within <see cref="MostComparableRangeRatio"/> of each other.</summary>
    internal static bool ComparableRanges(double[] x0, double[] x1)
    {
        if (x0.Length == 0) return true;
        double spread0 = x0.Max() - x0.Min(), spread1 = x1.Max() - x1.Min();
        if (spread0 == 0 || spread1 == 0) return spread0 == spread1;
        return Math.Max(spread0, spread1) / Math.Min(spread0, spread1) <= MostComparableRangeRatio;
    }

    /// <summary>One marker trace per class that has points, named and coloured by class.</summary>
    internal static GenericChart Points(LabeledPoints points, IReadOnlyList<string> classNames)
    {
        var byClass = new List<double>[points.ClassCount, 2];
        for (int k = 0; k < points.ClassCount; k++) { byClass[k, 0] = []; byClass[k, 1] = []; }
        for (int i = 0; i < points.Labels.Length; i++)
        {
            byClass[points.Labels[i], 0].Add(points.X0[i]);
            byClass[points.Labels[i], 1].Add(points.X1[i]);
        }

        var traces = new List<GenericChart>(points.ClassCount);
        for (int k = 0; k < points.ClassCount; k++)
        {
            if (byClass[k, 0].Count == 0) continue;
            traces.Add(Traces.Markers(byClass[k, 0].ToArray(), byClass[k, 1].ToArray(), classNames[k], k));
        }
        return Chart.Combine(traces);
    }
}
