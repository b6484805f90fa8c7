using Plotly.NET;
using static TorchSharp.torch;
using Chart = Plotly.NET.CSharp.Chart;

namespace CourseLib.Plots;

/// <summary>2-D data coloured by class: one scatter trace per class, in the class's <see cref="Palette"/> colour. Introduced in notebook 01_data.</summary>
public static class ClassScatter
{
    /// <summary>Plots the rows of an <c>[N, 2]</c> feature tensor coloured by their labels (shape <c>[N]</c> or <c>[N, 1]</c>, whole numbers). Introduced in notebook 05_non_linearity.</summary>
    /// <param name="features">Points, shape <c>[N, 2]</c>.</param>
    /// <param name="labels">Class index of each point.</param>
    /// <param name="classNames">Legend name of each class; "0", "1", … when omitted.</param>
    /// <param name="title">Chart title, if any.</param>
    public static GenericChart Plot(Tensor features, Tensor labels, IReadOnlyList<string>? classNames = null, string? title = null) =>
        Plot(LabeledPoints.From(features, labels), classNames, title);

    /// <summary>Plots the rows of an <c>N × 2</c> array coloured by their labels. Introduced in notebook 01_data.</summary>
    /// <inheritdoc cref="Plot(Tensor, Tensor, IReadOnlyList{string}?, string?)"/>
    public static GenericChart Plot(double[,] features, IReadOnlyList<int> labels, IReadOnlyList<string>? classNames = null, string? title = null) =>
        Plot(LabeledPoints.From(features, labels), classNames, title);

    private static GenericChart Plot(LabeledPoints points, IReadOnlyList<string>? classNames, string? title) =>
        Points(points, ClassNames.Resolve(classNames, points.ClassCount))
            .WithAxisTitles("X1", "X2")
            .WithEqualAxisScales()
            .WithTitle(title)
            .WithCourseStyle();

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
