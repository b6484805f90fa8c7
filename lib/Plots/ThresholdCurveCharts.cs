using System.Globalization;
using CourseLib.Metrics;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace CourseLib.Plots;

/// <summary>
/// The ROC curve and the precision–recall curve of one or more models as interactive line charts; hovering a point
/// shows the threshold that produces it. Each curve is drawn in its own <see cref="Palette"/> colour. Introduced in notebook 13_diagnosis.
/// </summary>
public static class ThresholdCurveCharts
{
    /// <summary>
    /// ROC curves (true positive rate against false positive rate) with the diagonal of a classifier that guesses;
    /// the legend names each curve with its area under the curve. Introduced in notebook 13_diagnosis.
    /// </summary>
    /// <param name="curves">Each model's name and curve, e.g. from <see cref="RankingMetrics.RocCurve(TorchSharp.torch.Tensor, TorchSharp.torch.Tensor, bool)"/>.</param>
    /// <param name="title">Chart title, if any.</param>
    /// <exception cref="ArgumentException">No curve is given, or a curve's arrays differ in length or hold NaN (only one class present).</exception>
    public static GenericChart Roc(IReadOnlyList<(string Name, RocCurve Curve)> curves, string? title = null)
    {
        Check(curves, c => (c.Fpr, c.Tpr, c.Thresholds.Length), fewestPoints: 2);
        var traces = curves.Select((c, i) =>
            WithThresholds(Traces.Line(c.Curve.Fpr, c.Curve.Tpr, $"{c.Name} (AUC {Area(c.Curve):F4})", colorIndex: i), c.Curve.Thresholds,
                "False positive rate %{x:.3f}<br>True positive rate %{y:.3f}"))
            .Append(Chance())
            .ToArray();
        return Chart.Combine(traces)
            .WithAxisTitles("False positive rate (benign flagged)", "True positive rate (recall)")
            .WithTitle(title)
            .WithCourseStyle();
    }

    /// <summary>Precision–recall curves (precision against recall), drawn as the steps they are. Introduced in notebook 13_diagnosis.</summary>
    /// <param name="curves">Each model's name and curve, e.g. from <see cref="RankingMetrics.PrecisionRecallCurve(TorchSharp.torch.Tensor, TorchSharp.torch.Tensor)"/>.</param>
    /// <param name="title">Chart title, if any.</param>
    /// <exception cref="ArgumentException">No curve is given, or a curve's arrays do not fit together.</exception>
    public static GenericChart PrecisionRecall(IReadOnlyList<(string Name, PrecisionRecallCurve Curve)> curves, string? title = null)
    {
        Check(curves, c => (c.Recall, c.Precision, c.Thresholds.Length + 1), fewestPoints: 1);
        var traces = curves.Select((c, i) =>
            WithThresholds(Traces.Line(c.Curve.Recall, c.Curve.Precision, c.Name, colorIndex: i), [.. c.Curve.Thresholds, double.NaN],
                    "Recall %{x:.3f}<br>Precision %{y:.3f}")
                .WithTraceProperty("line", LineShape("hv", Palette.HexOf(i))))
            .ToArray();
        return Chart.Combine(traces)
            .WithAxisTitles("Recall", "Precision")
            .WithTitle(title)
            .WithCourseStyle();
    }

    // The point's threshold in its hover text (the end point of a precision-recall curve has none).
    private static GenericChart WithThresholds(GenericChart trace, double[] thresholds, string coordinates) =>
        trace.WithTraceProperty("text", thresholds.Select(t => double.IsNaN(t) ? "end of the curve" : "threshold " + t.ToString("0.####", CultureInfo.InvariantCulture)).ToArray())
             .WithTraceProperty("hovertemplate", coordinates + "<br>%{text}<extra>%{fullData.name}</extra>");

    private static GenericChart Chance() =>
        Traces.Line([0.0, 1.0], [0.0, 1.0], "guessing (AUC 0.5)", colorIndex: 7)
            .WithTraceProperty("line", LineShape("linear", "#9E9E9E", dash: "dash"))
            .WithTraceProperty("hoverinfo", "skip");

    private static DynamicObj.DynamicObj LineShape(string shape, string color, string dash = "solid")
    {
        var line = new DynamicObj.DynamicObj();
        line.SetProperty("shape", shape);
        line.SetProperty("color", color);
        line.SetProperty("dash", dash);
        return line;
    }

    // The trapezoidal area, as the legend's label (RankingMetrics.RocAucScore computes the same from the labels).
    private static double Area(RocCurve curve)
    {
        double area = 0;
        for (int i = 1; i < curve.Fpr.Length; i++)
            area += (curve.Fpr[i] - curve.Fpr[i - 1]) * (curve.Tpr[i] + curve.Tpr[i - 1]) / 2;
        return area;
    }

    // A rate is a fraction: a point outside [0, 1] (or infinite) would be drawn off the chart or not at all, and a curve
    // of fewer points than a line needs would show an area of 0 in the legend.
    private static void Check<T>(IReadOnlyList<(string Name, T Curve)> curves, Func<T, (double[] X, double[] Y, int Points)> points, int fewestPoints)
    {
        ArgumentNullException.ThrowIfNull(curves);
        if (curves.Count == 0)
            throw new ArgumentException("Give at least one curve to plot.", nameof(curves));
        for (int i = 0; i < curves.Count; i++)
        {
            var (name, curve) = curves[i];
            if (curve is null)
                throw new ArgumentException($"curves[{i}] ('{name}') has no curve (null); pass the curve RankingMetrics computed for that model.", nameof(curves));
            var (x, y, count) = points(curve);
            if (x.Length != y.Length || x.Length != count)
                throw new ArgumentException($"The curve '{name}' has {x.Length} x values, {y.Length} y values and thresholds for {count} points; they must agree.", nameof(curves));
            if (x.Concat(y).Any(double.IsNaN))
                throw new ArgumentException($"The curve '{name}' holds NaN: its labels had only one class, so the rates are undefined.", nameof(curves));
            if (x.Length < fewestPoints)
                throw new ArgumentException(
                    $"The curve '{name}' has {x.Length} point(s); a curve needs at least {fewestPoints}. Pass the curve RankingMetrics computed from the labels and scores.", nameof(curves));
            int outside = Array.FindIndex([.. x, .. y], v => v is < 0 or > 1 || !double.IsFinite(v));
            if (outside >= 0)
                throw new ArgumentException(
                    $"The curve '{name}' holds the rate {Guards.Format(outside < x.Length ? x[outside] : y[outside - x.Length])}; rates are fractions from 0 to 1.", nameof(curves));
        }
    }
}
