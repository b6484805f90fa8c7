using Plotly.NET;
using Plotly.NET.CSharp;
using static TorchSharp.torch;
using Chart = Plotly.NET.CSharp.Chart;

namespace CourseLib.Plots;

/// <summary>
/// Small grey-scale images (such as the 8 × 8 digits) as Plotly heatmaps: white is 0, black the largest pixel
/// value; the first pixel row is at the top, as in the picture. One image large with its pixel values on hover,
/// or a grid of images each captioned (its label, or what a model predicted). Introduced in notebook 14_digits.
/// </summary>
public static class DigitImages
{
    /// <summary>The most images one grid draws (a figure of 100 panels takes seconds to serialise; 1,797 took 89 s).</summary>
    private const int MaxGridImages = 100;

    private static readonly StyleParam.Colorscale Ink =
        StyleParam.Colorscale.NewCustom([Tuple.Create(0.0, Color.fromString("#FFFFFF")), Tuple.Create(1.0, Color.fromString("#000000"))]);

    /// <summary>One image, large, with each pixel's row, column and value on hover. Introduced in notebook 14_digits.</summary>
    /// <param name="image">The pixels: a tensor of shape [H, W], [1, H, W] or [1, 1, H, W].</param>
    /// <param name="maxValue">The value drawn black (16 for the digits).</param>
    /// <param name="title">Chart title, if any.</param>
    /// <exception cref="ArgumentException">The tensor is not one image.</exception>
    public static GenericChart Plot(Tensor image, double maxValue = 16, string? title = null)
    {
        Guards.Live(image);
        Positive(maxValue);
        var rows = Pixels(image, nameof(image));
        return Heatmap(rows, maxValue, reverseYAxis: true)
            .WithTraceProperty("hovertemplate", "row %{y}, column %{x}: %{z}<extra></extra>")
            .WithTitle(title)
            .WithCourseStyle();
    }

    /// <summary>A grid of images, <paramref name="columns"/> per row, each with its caption above it. Introduced in notebook 14_digits.</summary>
    /// <param name="images">The images: a tensor of shape [N, H, W] or [N, 1, H, W].</param>
    /// <param name="captions">One caption per image, e.g. its label.</param>
    /// <param name="columns">Images per row of the grid (at most the number of images: a wider row is drawn as wide as they are).</param>
    /// <param name="maxValue">The value drawn black (16 for the digits).</param>
    /// <param name="title">Chart title, if any.</param>
    /// <exception cref="ArgumentException">The shapes do not fit, the captions are not one per image, there are more than 100
    /// images, or a pixel is NaN or infinite.</exception>
    public static GenericChart Grid(Tensor images, IReadOnlyList<string> captions, int columns = 8, double maxValue = 16, string? title = null)
    {
        Guards.Live(images);
        ArgumentNullException.ThrowIfNull(captions);
        Guards.NoNulls(captions, nameof(captions));
        Positive(maxValue);
        if (!(images.dim() == 3 || (images.dim() == 4 && images.shape[1] == 1)))
            throw new ArgumentException($"images has shape [{string.Join(", ", images.shape)}]; a grid takes [N, H, W] or [N, 1, H, W] (one channel).", nameof(images));
        int n = (int)images.shape[0];
        if (captions.Count != n)
            throw new ArgumentException($"There are {n} images but {captions.Count} captions; give one caption per image.", nameof(captions));
        if (n == 0 || columns < 1)
            throw new ArgumentException($"A grid needs at least one image and one column (got {n} images, {columns} columns).", nameof(columns));
        // Each image is a subplot of its own, and Plotly's figure grows with every one: a size is refused before the
        // work, and a row wider than the images is only as wide as they are (no blank panels to build).
        if (n > MaxGridImages)
            throw new ArgumentException(
                $"images holds {n} images; a grid shows at most {MaxGridImages} (each is a panel of its own, and the page would take minutes to draw). " +
                $"Pass a slice, e.g. images[..{MaxGridImages}] with its captions.", nameof(images));
        columns = Math.Min(columns, n);
        int gridRows = (n + columns - 1) / columns;
        var panels = new List<GenericChart>();
        for (int k = 0; k < gridRows * columns; k++)
        {
            // A grid cell without an image stays empty (a blank image with no caption).
            double[][] rows = k < n ? Pixels(images[k], nameof(images)) : Blank(images);
            // Rows upside down, so that on the panel's upward axis the first pixel row is at the top.
            panels.Add(Heatmap(rows.Reverse().ToArray(), maxValue)
                .WithTraceProperty("hovertemplate", (k < n ? captions[k] : "") + "<extra></extra>"));
        }
        var titles = Enumerable.Range(0, gridRows * columns).Select(k => k < n ? captions[k] : "").ToArray();
        var grid = Chart.Grid(panels, gridRows, columns, SubPlotTitles: titles, XGap: 0.08, YGap: 0.25)
            .WithTraceProperty("showscale", false);
        var layout = new Layout();
        layout.SetProperty("height", 140 * gridRows + 80);
        layout.SetProperty("showlegend", false);
        // No ticks or grid on any panel: the pixels speak for themselves.
        for (int k = 1; k <= gridRows * columns; k++)
            foreach (var axis in new[] { "xaxis", "yaxis" })
                layout.SetProperty(k == 1 ? axis : axis + k, BareAxis());
        return GenericChart.addLayout(layout, grid)
            .WithTitle(title)
            .WithCourseStyle();
    }

    // The scale runs from 0 (white) to maxValue (black): NaN, infinity or a bound at or below 0 leaves no scale to draw.
    private static void Positive(double maxValue, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(maxValue))] string name = "")
    {
        Guards.Finite(maxValue, name);
        if (maxValue <= 0)
            throw new ArgumentOutOfRangeException(name, maxValue, $"{name} is the pixel value drawn black and must be above 0 (16 for the 8 × 8 digits); got {Guards.Format(maxValue)}.");
    }

    private static GenericChart Heatmap(double[][] rows, double maxValue, bool reverseYAxis = false) =>
        Chart.Heatmap<double, int, int, string>(rows, ColorScale: Ink, ReverseYAxis: reverseYAxis, UseDefaults: false)
            .WithTraceProperty("zmin", 0)
            .WithTraceProperty("zmax", maxValue);

    private static double[][] Pixels(Tensor image, string name)
    {
        ArgumentNullException.ThrowIfNull(image, name);
        var shape = image.shape;
        int leadingOnes = shape.TakeWhile(d => d == 1).Count();
        if (shape.Length - Math.Min(leadingOnes, shape.Length - 2) != 2 || shape.Length < 2)
            throw new ArgumentException($"{name} has shape [{string.Join(", ", shape)}]; an image is [H, W], [1, H, W] or [1, 1, H, W].", name);
        // Read as every chart reads a tensor: a NaN or infinite pixel would be drawn as a blank without a word.
        var values = PlotInputs.Values(image, name);
        int h = (int)shape[^2], w = (int)shape[^1];
        return Enumerable.Range(0, h).Select(r => values[(r * w)..((r + 1) * w)]).ToArray();
    }

    private static DynamicObj.DynamicObj BareAxis()
    {
        var axis = new DynamicObj.DynamicObj();
        axis.SetProperty("showticklabels", false);
        axis.SetProperty("showgrid", false);
        axis.SetProperty("zeroline", false);
        axis.SetProperty("showline", false);
        axis.SetProperty("ticks", "");
        return axis;
    }

    private static double[][] Blank(Tensor images) =>
        Enumerable.Range(0, (int)images.shape[^2]).Select(_ => new double[images.shape[^1]]).ToArray();
}
