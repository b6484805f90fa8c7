using Microsoft.FSharp.Core;
using Plotly.NET;
using Plotly.NET.CSharp;
using Plotly.NET.LayoutObjects;
using FChart = Plotly.NET.Chart;

namespace CourseLib.Plots;

/// <summary>The few styling steps the C# chart API lacks, reached through Plotly.NET's F# API.</summary>
internal static class ChartStyling
{
    /// <summary>Sets the chart's title (nothing changes for null).</summary>
    public static GenericChart WithTitle(this GenericChart chart, string? title) =>
        title is null ? chart : FChart.withTitle(title, FSharpOption<Font>.None).Invoke(chart);

    /// <summary>Titles both axes of a single-panel chart.</summary>
    public static GenericChart WithAxisTitles(this GenericChart chart, string xTitle, string yTitle) =>
        chart.WithXAxisStyle<double, double, string>(TitleText: xTitle)
             .WithYAxisStyle<double, double, string>(TitleText: yTitle);

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
    /// panels each get it (axes y→x, y2→x2, …).
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
            layout.SetProperty(y, axis);
        }
        return GenericChart.setLayout(layout, chart);
    }
}
