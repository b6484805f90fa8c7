using System.Globalization;
using Plotly.NET;
using static TorchSharp.torch;
using Chart = Plotly.NET.CSharp.Chart;

namespace CourseLib.Plots;

/// <summary>
/// Charts of a multi-label problem: how often labels occur together, and one 2 × 2 confusion matrix per label.
/// (Per-label precision–recall curves are <see cref="ThresholdCurveCharts.PrecisionRecall"/>, one curve per label.)
/// Introduced in notebook 18_multilabel.
/// </summary>
public static class MultilabelCharts
{
    private const string Empty = "#FFFFFF";
    private static readonly string[] Predicted = ["pred. no", "pred. yes"];
    private static readonly string[] Actual = ["true no", "true yes"];

    /// <summary>Most labels a chart shows; beyond, the cells and panels are too small to read.</summary>
    internal const int MaxLabels = 30;

    /// <summary>
    /// Label co-occurrence: cell [a, b] counts the samples that have both label a and label b; the diagonal counts the
    /// samples that have each label (its support). Introduced in notebook 18_multilabel.
    /// </summary>
    /// <param name="labels">The 0/1 label matrix [N, K].</param>
    /// <param name="labelNames">A name per label, in column order; "0", "1", … when omitted.</param>
    /// <param name="title">Chart title, if any.</param>
    /// <exception cref="ArgumentException">Not a 0/1 matrix [N, K] with K from 2 to 30, or names that do not fit it.</exception>
    public static GenericChart Cooccurrence(Tensor labels, IReadOnlyList<string>? labelNames = null, string? title = null)
    {
        var y = Metrics.LabelMatrix.Read(labels, nameof(labels));
        int n = y.GetLength(0), k = y.GetLength(1);
        var names = Names(labelNames, k);
        var counts = new long[k][];
        for (int a = 0; a < k; a++)
        {
            counts[a] = new long[k];
            for (int b = 0; b < k; b++)
                for (int i = 0; i < n; i++)
                    counts[a][b] += y[i, a] & y[i, b];
        }
        var text = counts.Select(r => r.Select(c => c.ToString(CultureInfo.InvariantCulture)).ToArray()).ToArray();
        return Chart.Heatmap<long, string, string, string>(counts, X: names, Y: names, Name: "Samples", ColorScale: Scale(),
                ReverseYAxis: true, UseDefaults: false)
            .WithTraceProperty("zmin", 0)
            .WithTraceProperty("zmax", Math.Max(1, counts.Max(r => r.Max())))
            .WithTraceProperty("text", text)
            .WithTraceProperty("texttemplate", "%{text}")
            .WithTraceProperty("hovertemplate", "%{y} and %{x}<br>%{text} samples<extra></extra>")
            .WithAxisProperties("xaxis", CategoryAxis(names))
            .WithAxisProperties("yaxis", CategoryAxis(names))
            .WithTitle(title)
            .WithCourseStyle();
    }

    /// <summary>
    /// One 2 × 2 confusion matrix per label, side by side in a grid, each titled with its label: rows are the truth
    /// (true no, true yes), columns the prediction (pred. no, pred. yes), each cell's count written in it — the layout of
    /// <see cref="Metrics.MultilabelMetrics.MultilabelConfusionMatrix"/> ([[TN, FP], [FN, TP]]). Every panel shares one
    /// colour scale, from 0 to the number of samples. Introduced in notebook 18_multilabel.
    /// </summary>
    /// <param name="matrices">The counts, [K, 2, 2], as <c>MultilabelConfusionMatrix</c> returns them.</param>
    /// <param name="labelNames">A name per label; "0", "1", … when omitted.</param>
    /// <param name="title">Chart title, if any.</param>
    /// <param name="columns">Panels per row (2 keeps each readable on a phone).</param>
    /// <exception cref="ArgumentException">Not [K, 2, 2] counts (whole numbers ≥ 0, the same sample count in every panel) with K from 1 to 30, or names that do not fit.</exception>
    public static GenericChart ConfusionGrid(Tensor matrices, IReadOnlyList<string>? labelNames = null, string? title = null, int columns = 2)
    {
        Guards.Live(matrices);
        var shape = matrices.shape;
        if (shape.Length != 3 || shape[1] != 2 || shape[2] != 2 || shape[0] < 1 || shape[0] > MaxLabels)
            throw new ArgumentException(
                $"matrices has shape [{string.Join(", ", shape)}]; pass one 2 × 2 matrix per label, [K, 2, 2] with K from 1 to {MaxLabels}, as MultilabelMetrics.MultilabelConfusionMatrix returns.", nameof(matrices));
        if (columns < 1)
            throw new ArgumentOutOfRangeException(nameof(columns), columns, "columns is the number of panels per row and must be at least 1.");
        int k = (int)shape[0];
        var values = PlotInputs.Values(matrices, nameof(matrices));
        if (values.Any(v => v < 0 || v != Math.Floor(v)))
            throw new ArgumentException("matrices holds counts, whole numbers of 0 or more; pass MultilabelConfusionMatrix's result, not rates.", nameof(matrices));
        double samples = values[..4].Sum();
        for (int j = 1; j < k; j++)
            if (values[(4 * j)..(4 * j + 4)].Sum() != samples)
                throw new ArgumentException(
                    $"Panel {j} counts {values[(4 * j)..(4 * j + 4)].Sum()} samples but panel 0 counts {samples}: every label's matrix counts the same samples.", nameof(matrices));
        var names = Names(labelNames, k);

        columns = Math.Min(columns, k);
        int rows = (k + columns - 1) / columns;
        var panels = new List<GenericChart>();
        for (int j = 0; j < rows * columns; j++)
        {
            var cells = j < k
                ? new[] { new[] { (long)values[4 * j], (long)values[4 * j + 1] }, new[] { (long)values[4 * j + 2], (long)values[4 * j + 3] } }
                : [[0L, 0L], [0L, 0L]];
            var text = cells.Select(r => r.Select(c => j < k ? c.ToString(CultureInfo.InvariantCulture) : "").ToArray()).ToArray();
            string label = j < k ? names[j] : "";
            panels.Add(Chart.Heatmap<long, string, string, string>(cells, X: Predicted, Y: Actual, Name: label, ColorScale: Scale(),
                    ReverseYAxis: true, UseDefaults: false)
                .WithTraceProperty("zmin", 0)
                .WithTraceProperty("zmax", Math.Max(1, samples))
                .WithTraceProperty("showscale", false)
                .WithTraceProperty("text", text)
                .WithTraceProperty("texttemplate", "%{text}")
                .WithTraceProperty("hovertemplate", $"{Escape(label)}: %{{y}}, %{{x}}<br>%{{text}} samples<extra></extra>"));
        }
        var titles = Enumerable.Range(0, rows * columns).Select(j => j < k ? names[j] : "").ToArray();
        var grid = Chart.Grid(panels, rows, columns, SubPlotTitles: titles, XGap: 0.3, YGap: 0.35);
        var layout = new Layout();
        layout.SetProperty("height", 190 * rows + 110);
        layout.SetProperty("showlegend", false);
        for (int j = 1; j <= rows * columns; j++)
        {
            string suffix = j == 1 ? "" : j.ToString(CultureInfo.InvariantCulture);
            layout.SetProperty("xaxis" + suffix, Axis(Predicted, reversed: false));
            layout.SetProperty("yaxis" + suffix, Axis(Actual, reversed: true));
        }
        return GenericChart.addLayout(layout, grid).WithTitle(title).WithCourseStyle();
    }

    private static string[] Names(IReadOnlyList<string>? labelNames, int k)
    {
        if (k > MaxLabels)
            throw new ArgumentException($"The matrix has {k} labels; these charts show at most {MaxLabels} (beyond, the cells are too small to read).", "labels");
        if (labelNames is null) return Enumerable.Range(0, k).Select(j => j.ToString(CultureInfo.InvariantCulture)).ToArray();
        Guards.NoNulls(labelNames, nameof(labelNames));
        if (labelNames.Count != k)
            throw new ArgumentException($"labelNames has {labelNames.Count} names for {k} labels; give one name per label, in column order.", nameof(labelNames));
        if (labelNames.Distinct().Count() != k)
            throw new ArgumentException("Label names must differ from each other, or the chart would merge labels.", nameof(labelNames));
        return labelNames.ToArray();
    }

    private static StyleParam.Colorscale Scale() =>
        StyleParam.Colorscale.NewCustom([Tuple.Create(0.0, Color.fromString(Empty)), Tuple.Create(1.0, Palette.ColorOf(0))]);

    // Label names are categories even when they are digits, each named on its own tick.
    private static (string, object)[] CategoryAxis(string[] names) =>
        [("type", "category"), ("tickmode", "array"), ("tickvals", names), ("ticktext", names), ("showgrid", false), ("automargin", true)];

    private static DynamicObj.DynamicObj Axis(string[] names, bool reversed)
    {
        var axis = new DynamicObj.DynamicObj();
        foreach (var (name, value) in CategoryAxis(names)) axis.SetProperty(name, value);
        axis.SetProperty("zeroline", false);
        if (reversed) axis.SetProperty("autorange", "reversed");
        return axis;
    }

    // A label name goes into a hover template, where %{…} would be read as a placeholder.
    private static string Escape(string text) => text.Replace("%{", "%\u200B{");
}
