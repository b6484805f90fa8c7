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
}
