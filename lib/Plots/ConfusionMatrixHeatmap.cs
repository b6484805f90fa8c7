using System.Globalization;
using Plotly.NET;
using static TorchSharp.torch;
using Chart = Plotly.NET.CSharp.Chart;

namespace CourseLib.Plots;

/// <summary>
/// A confusion matrix as a heatmap with each count written in its cell (dark text on light cells, light on dark): rows are the actual class (first class at
/// the top), columns the predicted class, axes titled "Actual" and "Predicted", class names on the ticks. Introduced in notebook 07_metrics.
/// </summary>
public static class ConfusionMatrixHeatmap
{
    /// <summary>Light end of the colour scale; the dark end is <see cref="Palette"/> colour 0.</summary>
    private const string Empty = "#FFFFFF";

    /// <summary>
    /// Plots <paramref name="matrix"/>[actual, predicted] counts. The notebooks, from 07_metrics on, pass the tensor
    /// <see cref="CourseLib.Metrics.ClassificationMetrics.ConfusionMatrix"/> returns; this array form is what the benchmarks time.
    /// </summary>
    /// <param name="matrix">Square matrix of counts ≥ 0, rows actual and columns predicted.</param>
    /// <param name="classNames">Tick label of each class; "0", "1", … when omitted.</param>
    /// <param name="title">Chart title, if any.</param>
    public static GenericChart Plot(long[,] matrix, IReadOnlyList<string>? classNames = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        int n = matrix.GetLength(0);
        if (matrix.GetLength(1) != n)
            throw new ArgumentException($"A confusion matrix is square; got {n} × {matrix.GetLength(1)}.", nameof(matrix));
        var names = ClassNames.Resolve(classNames, n).Take(n).ToArray();
        if (names.Distinct().Count() != n)
            throw new ArgumentException("Class names must differ from each other, or the axes would merge classes.", nameof(classNames));

        var rows = new long[n][];
        for (int i = 0; i < n; i++)
        {
            rows[i] = new long[n];
            for (int j = 0; j < n; j++)
            {
                if (matrix[i, j] < 0)
                    throw new ArgumentException($"Counts cannot be negative; cell [{i}, {j}] is {matrix[i, j]}.", nameof(matrix));
                rows[i][j] = matrix[i, j];
            }
        }
        long max = n == 0 ? 0 : rows.Max(r => r.Max());

        // The counts are the heatmap's own text, drawn by plotly.js in a colour contrasting with each cell: one
        // layout annotation per cell instead made 30 classes take seconds to build and 100 classes minutes.
        // The text is written here, not left to %{z}: JavaScript numbers are doubles, which round counts above 2^53.
        var text = rows.Select(r => r.Select(c => c.ToString(CultureInfo.InvariantCulture)).ToArray()).ToArray();
        var scale = StyleParam.Colorscale.NewCustom([Tuple.Create(0.0, Color.fromString(Empty)), Tuple.Create(1.0, Palette.ColorOf(0))]);
        var chart = Chart.Heatmap<long, string, string, string>(rows, X: names, Y: names, Name: "Count", ColorScale: scale,
                ReverseYAxis: true, UseDefaults: false)
            .WithTraceProperty("zmin", 0)
            .WithTraceProperty("zmax", Math.Max(max, 1))
            .WithTraceProperty("text", text)
            .WithTraceProperty("hovertemplate", "Actual %{y}<br>Predicted %{x}<br>Count %{text}<extra></extra>");
        if (n <= MostCountsWritten)
            chart = chart.WithTraceProperty("texttemplate", "%{text}");
        chart = chart.WithAxisTitles("Predicted", "Actual");
        foreach (var axis in new[] { "xaxis", "yaxis" })
            chart = chart.WithAxisProperties(axis, ClassAxis(names));
        if (n > FullSizeClasses)
            chart = chart.WithLayoutProperty("height", HeightFor(n));
        return chart.WithTitle(title).WithCourseStyle();
    }

    /// <summary>Up to this many classes each cell shows its count; beyond, the cells are too small to hold one (hover shows it).</summary>
    internal const int MostCountsWritten = 30;

    /// <summary>Up to this many classes the chart keeps Plotly's usual height; beyond, it grows so that every class name has a line.</summary>
    internal const int FullSizeClasses = 15;

    /// <summary>The chart's height for <paramref name="classCount"/> classes: a line of tick text per class, plus room for titles.</summary>
    internal static int HeightFor(int classCount) => 200 + classCount * (TickFontSize(classCount) + 4);

    private static int TickFontSize(int classCount) => classCount <= FullSizeClasses ? 12 : classCount <= 40 ? 10 : 8;

    // Class names are categories, even when they are digits: left to guess, Plotly reads "0" … "9" as numbers and
    // labels every other one (0, 2, 4, …), or draws a numeric axis from -0.5 to 3.5. Every class is named, each tick
    // on its own line, the font smaller when the classes are many.
    private static (string, object)[] ClassAxis(string[] names) =>
    [
        ("type", "category"), ("tickmode", "array"), ("tickvals", names), ("ticktext", names),
        ("tickfont", TickFont(TickFontSize(names.Length))), ("showgrid", false), ("automargin", true),
    ];

    private static DynamicObj.DynamicObj TickFont(int size)
    {
        var font = new DynamicObj.DynamicObj();
        font.SetProperty("size", size);
        return font;
    }

    /// <inheritdoc cref="Plot(long[,], IReadOnlyList{string}?, string?)"/>
    internal static GenericChart Plot(int[,] matrix, IReadOnlyList<string>? classNames = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var counts = new long[matrix.GetLength(0), matrix.GetLength(1)];
        for (int i = 0; i < counts.GetLength(0); i++)
            for (int j = 0; j < counts.GetLength(1); j++)
                counts[i, j] = matrix[i, j];
        return Plot(counts, classNames, title);
    }

    /// <summary>Plots a <c>[C, C]</c> tensor of counts, as torchmetrics' <c>ConfusionMatrix</c> returns it. Introduced in notebook 07_metrics.</summary>
    /// <inheritdoc cref="Plot(long[,], IReadOnlyList{string}?, string?)"/>
    public static GenericChart Plot(Tensor matrix, IReadOnlyList<string>? classNames = null, string? title = null)
    {
        Guards.Live(matrix);
        if (matrix.dim() != 2)
            throw new ArgumentException($"A confusion matrix is 2-D; got shape [{string.Join(", ", matrix.shape)}].", nameof(matrix));
        if (matrix.shape[0] != matrix.shape[1])
            throw new ArgumentException($"A confusion matrix is square; got {matrix.shape[0]} × {matrix.shape[1]}.", nameof(matrix));
        Guards.FitsInArray(nameof(matrix), "The confusion matrix", matrix.shape[0], matrix.shape[1]);
        int rows = (int)matrix.shape[0], cols = (int)matrix.shape[1];
        var counts = new long[rows, cols];
        if (!matrix.is_floating_point() && matrix.dtype != ScalarType.ComplexFloat32 && matrix.dtype != ScalarType.ComplexFloat64)
        {
            // Integer counts are read as they are: through a double, counts above 2^53 would be rounded.
            using var scope = NewDisposeScope();
            var exact = matrix.cpu().to_type(ScalarType.Int64).contiguous().data<long>().ToArray();
            for (int k = 0; k < exact.Length; k++) counts[k / cols, k % cols] = exact[k];
            return Plot(counts, classNames, title);
        }
        var values = PlotInputs.Values(matrix, nameof(matrix), requireFinite: false);
        for (int k = 0; k < values.Length; k++)
        {
            double v = values[k];
            // Infinity equals its own floor and casts to long.MaxValue: it would be drawn as 9223372036854775807.
            if (!double.IsFinite(v) || v != Math.Floor(v))
                throw new ArgumentException(
                    $"Counts are whole numbers; element [{k / cols}, {k % cols}] is {Guards.Format(v)}. Pass the confusion matrix's counts, not rates or scores.", nameof(matrix));
            if (Math.Abs(v) > 1L << 53)
                throw new ArgumentException(
                    $"Element [{k / cols}, {k % cols}] is {Guards.Format(v)}, beyond 2^53, where a floating-point tensor no longer holds every whole number: " +
                    "pass the counts as an int64 tensor.", nameof(matrix));
            counts[k / cols, k % cols] = (long)v;
        }
        return Plot(counts, classNames, title);
    }
}
