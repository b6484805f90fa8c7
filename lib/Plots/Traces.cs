using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace CourseLib.Plots;

/// <summary>
/// Single traces in palette colours, built without Plotly.NET's default template (see <see cref="CourseStyle"/>).
/// They take arrays, not lazy sequences: Plotly.NET keeps the sequence and reads it only when serialising.
/// </summary>
internal static class Traces
{
    /// <summary>A line through the points, coloured <see cref="Palette"/>[<paramref name="colorIndex"/>].</summary>
    public static GenericChart Line(double[] x, double[] y, string name, int colorIndex, bool showLegend = true) =>
        Chart.Line<double, double, string>(x, y, Name: name, ShowLegend: showLegend, LineColor: Palette.ColorOf(colorIndex),
            MarkerColor: Palette.ColorOf(colorIndex), UseDefaults: false);

    /// <summary>Markers at the points, coloured <see cref="Palette"/>[<paramref name="colorIndex"/>].</summary>
    public static GenericChart Markers(double[] x, double[] y, string name, int colorIndex, bool showLegend = true) =>
        Chart.Point<double, double, string>(x, y, Name: name, ShowLegend: showLegend, MarkerColor: Palette.ColorOf(colorIndex),
            UseDefaults: false);
}
