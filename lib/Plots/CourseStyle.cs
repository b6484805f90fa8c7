using DynamicObj;
using Microsoft.FSharp.Core;
using Plotly.NET;
using Plotly.NET.CSharp;
using Plotly.NET.LayoutObjects;
using Chart = Plotly.NET.CSharp.Chart;
using FChart = Plotly.NET.Chart;

namespace CourseLib.Plots;

/// <summary>
/// The look of every course chart: a small template with white panels, light grid lines and the
/// <see cref="Palette"/> as the colour way. Charts are built with Plotly.NET's defaults turned off and this
/// template added instead, because serialising Plotly.NET's default template costs about 90 ms per chart —
/// longer than building the chart — every time a notebook displays one. Notebooks that build their own
/// charts call <c>.WithCourseStyle()</c> to match. Introduced in notebook 05_non_linearity.
/// </summary>
public static class CourseStyle
{
    /// <summary>Adds the course template to the chart's layout. Introduced in notebook 05_non_linearity.</summary>
    public static GenericChart WithCourseStyle(this GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var layout = new Layout();
        layout.SetProperty("template", Template(ChartMargins.For(GenericChart.getLayout(chart))));
        return GenericChart.addLayout(layout, chart);
    }

    private static DynamicObj.DynamicObj Template(ChartMargins.Top top)
    {
        var layout = new DynamicObj.DynamicObj();
        layout.SetProperty("colorway", Palette.Hex);
        layout.SetProperty("font", Obj(("color", "#2A3F5F")));
        layout.SetProperty("paper_bgcolor", "#FFFFFF");
        layout.SetProperty("plot_bgcolor", "#FFFFFF");
        layout.SetProperty("hovermode", "closest");
        // Plotly's default margins (80 px at the sides, 100 at the top) leave a blank band above every chart and
        // squeeze the plot on a phone: the margins here are only as large as what sits in them, and the axes push
        // them out as far as their tick labels and titles need (automargin).
        layout.SetProperty("margin", Obj(("l", 10), ("r", 10), ("b", 10), ("t", top.Margin), ("pad", 0)));
        // The title stands on the plot area, above any subplot titles (ChartMargins leaves room for both).
        layout.SetProperty("title", Obj(("x", 0.02), ("xanchor", "left"), ("xref", "container"), ("y", 1), ("yanchor", "bottom"),
            ("yref", "paper"), ("pad", Obj(("b", top.TitleLift))), ("font", Obj(("size", ChartMargins.TitleFontSize)))));
        layout.SetProperty("xaxis", Axis());
        layout.SetProperty("yaxis", Axis());
        return Obj(("layout", layout));
    }

    private static DynamicObj.DynamicObj Axis() => Obj(
        ("gridcolor", "#E5E5E5"), ("zerolinecolor", "#BDBDBD"), ("linecolor", "#BDBDBD"),
        ("showline", true), ("automargin", true), ("title", Obj(("standoff", 10))));

    private static DynamicObj.DynamicObj Obj(params (string Name, object Value)[] properties)
    {
        var obj = new DynamicObj.DynamicObj();
        foreach (var (name, value) in properties) obj.SetProperty(name, value);
        return obj;
    }
}

/// <summary>The few styling steps the C# chart API lacks, reached through Plotly.NET's F# API.</summary>
internal static class ChartStyling
{
    /// <summary>Sets the chart's title (nothing changes for null).</summary>
    public static GenericChart WithTitle(this GenericChart chart, string? title) =>
        title is null ? chart : FChart.withTitle(ChartMargins.Wrap(title), FSharpOption<Font>.None).Invoke(chart);

    /// <summary>Titles both axes of a single-panel chart.</summary>
    public static GenericChart WithAxisTitles(this GenericChart chart, string xTitle, string yTitle) =>
        chart.WithXAxisStyle<double, double, string>(TitleText: xTitle)
             .WithYAxisStyle<double, double, string>(TitleText: yTitle);

    /// <summary>Sets raw Plotly attributes on one axis of the layout (<c>xaxis</c>, <c>yaxis2</c>, …), keeping what it has.</summary>
    public static GenericChart WithAxisProperties(this GenericChart chart, string axisName, params (string Name, object Value)[] properties)
    {
        var layout = GenericChart.getLayout(chart);
        var axis = layout.TryGetTypedPropertyValue<LinearAxis>(axisName) is { } found && found is not null ? found.Value : new LinearAxis();
        foreach (var (name, value) in properties) axis.SetProperty(name, value);
        layout.SetProperty(axisName, axis);
        return GenericChart.setLayout(layout, chart);
    }

    /// <summary>Sets raw Plotly attributes on the layout itself (e.g. <c>height</c>).</summary>
    public static GenericChart WithLayoutProperty(this GenericChart chart, string name, object value)
    {
        var layout = GenericChart.getLayout(chart);
        layout.SetProperty(name, value);
        return GenericChart.setLayout(layout, chart);
    }

    /// <summary>Adds text annotations to the layout.</summary>
    public static GenericChart WithAnnotations(this GenericChart chart, IEnumerable<Annotation> annotations) =>
        FChart.withAnnotations(annotations, FSharpOption<bool>.None).Invoke(chart);

    /// <summary>Sets a raw Plotly attribute (e.g. <c>zmin</c>) on every trace of the chart.</summary>
    public static GenericChart WithTraceProperty(this GenericChart chart, string name, object value) =>
        GenericChart.mapTrace(FSharpFunc<Trace, Trace>.FromConverter(trace =>
        {
            trace.SetProperty(name, value);
            return trace;
        }), chart);

    /// <summary>
    /// One unit on the y axis is as long on screen as one on the x axis (Plotly's <c>scaleanchor</c>), so that round
    /// data looks round: the circles of 01 and 05 are circles, not ellipses. <paramref name="panels"/> side-by-side
    /// panels each get it (axes y→x, y2→x2, …). Only for two axes of the same quantity (two coordinates of one plane):
    /// on features whose ranges differ a hundredfold it draws a flat line. The plot area shrinks to keep the scales
    /// equal (<c>constrain: "domain"</c>), rather than the axes stretching far beyond the data.
    /// </summary>
    public static GenericChart WithEqualAxisScales(this GenericChart chart, int panels = 1)
    {
        var layout = GenericChart.getLayout(chart);
        for (int panel = 1; panel <= panels; panel++)
        {
            var (x, y) = panel == 1 ? ("x", "yaxis") : ($"x{panel}", $"yaxis{panel}");
            var axis = layout.TryGetTypedPropertyValue<LinearAxis>(y) is { } found && found is not null ? found.Value : new LinearAxis();
            axis.SetProperty("scaleanchor", x);
            axis.SetProperty("scaleratio", 1);
            axis.SetProperty("constrain", "domain");
            layout.SetProperty(y, axis);
            var xName = panel == 1 ? "xaxis" : $"xaxis{panel}";
            var xAxis = layout.TryGetTypedPropertyValue<LinearAxis>(xName) is { } foundX && foundX is not null ? foundX.Value : new LinearAxis();
            xAxis.SetProperty("constrain", "domain");
            layout.SetProperty(xName, xAxis);
        }
        return GenericChart.setLayout(layout, chart);
    }
}

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
