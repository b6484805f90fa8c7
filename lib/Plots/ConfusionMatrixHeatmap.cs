using Plotly.NET;
using Plotly.NET.LayoutObjects;
using static TorchSharp.torch;
using Chart = Plotly.NET.CSharp.Chart;

namespace CourseLib.Plots;

/// <summary>
/// A confusion matrix as a heatmap with each count written in its cell: rows are the actual class (first class at
/// the top), columns the predicted class, axes titled "Actual" and "Predicted", class names on the ticks.
/// </summary>
public static class ConfusionMatrixHeatmap
{
    /// <summary>Light end of the colour scale; the dark end is <see cref="Palette"/> colour 0.</summary>
    private const string Empty = "#FFFFFF";
    private const string DarkText = "#1A1A1A";
    private const string LightText = "#FFFFFF";

    /// <summary>Plots <paramref name="matrix"/>[actual, predicted] counts.</summary>
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

        var scale = StyleParam.Colorscale.NewCustom([Tuple.Create(0.0, Color.fromString(Empty)), Tuple.Create(1.0, Palette.ColorOf(0))]);
        return Chart.Heatmap<long, string, string, string>(rows, X: names, Y: names, Name: "Count", ColorScale: scale,
                ReverseYAxis: true, UseDefaults: false)
            .WithTraceProperty("zmin", 0)
            .WithTraceProperty("zmax", Math.Max(max, 1))
            .WithTraceProperty("hovertemplate", "Actual %{y}<br>Predicted %{x}<br>Count %{z}<extra></extra>")
            .WithAnnotations(CountLabels(rows, names, max))
            .WithAxisTitles("Predicted", "Actual")
            .WithTitle(title)
            .WithCourseStyle();
    }

    /// <inheritdoc cref="Plot(long[,], IReadOnlyList{string}?, string?)"/>
    public static GenericChart Plot(int[,] matrix, IReadOnlyList<string>? classNames = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var counts = new long[matrix.GetLength(0), matrix.GetLength(1)];
        for (int i = 0; i < counts.GetLength(0); i++)
            for (int j = 0; j < counts.GetLength(1); j++)
                counts[i, j] = matrix[i, j];
        return Plot(counts, classNames, title);
    }

    /// <summary>Plots a <c>[C, C]</c> tensor of counts, as torchmetrics' <c>ConfusionMatrix</c> returns it.</summary>
    /// <inheritdoc cref="Plot(long[,], IReadOnlyList{string}?, string?)"/>
    public static GenericChart Plot(Tensor matrix, IReadOnlyList<string>? classNames = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (matrix.dim() != 2)
            throw new ArgumentException($"A confusion matrix is 2-D; got shape [{string.Join(", ", matrix.shape)}].", nameof(matrix));
        var values = PlotInputs.Values(matrix, nameof(matrix));
        int rows = (int)matrix.shape[0], cols = (int)matrix.shape[1];
        var counts = new long[rows, cols];
        for (int k = 0; k < values.Length; k++)
        {
            if (values[k] != Math.Floor(values[k]))
                throw new ArgumentException($"Counts are whole numbers; element {k} is {values[k]}.", nameof(matrix));
            counts[k / cols, k % cols] = (long)values[k];
        }
        return Plot(counts, classNames, title);
    }

    // The count in every cell, in light text on dark cells and dark text on light ones.
    private static IEnumerable<Annotation> CountLabels(long[][] rows, string[] names, long max)
    {
        for (int i = 0; i < rows.Length; i++)
            for (int j = 0; j < rows.Length; j++)
            {
                var label = new Annotation();
                label.SetProperty("x", names[j]);
                label.SetProperty("y", names[i]);
                label.SetProperty("text", rows[i][j].ToString());
                label.SetProperty("showarrow", false);
                var font = new Font();
                font.SetProperty("color", max > 0 && rows[i][j] > max / 2.0 ? LightText : DarkText);
                label.SetProperty("font", font);
                yield return label;
            }
    }
}
