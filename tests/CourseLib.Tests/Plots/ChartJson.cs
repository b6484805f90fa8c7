using System.Text.Json;
using Plotly.NET;

namespace CourseLib.Tests.Plots;

/// <summary>A chart's Plotly figure JSON, parsed, with short ways to reach its traces and layout.</summary>
internal sealed class ChartJson
{
    private ChartJson(JsonElement root) => Root = root;

    public JsonElement Root { get; }
    public JsonElement Layout => Root.GetProperty("layout");
    public JsonElement[] Traces => Root.GetProperty("data").EnumerateArray().ToArray();

    public static ChartJson Of(GenericChart chart) =>
        new(JsonDocument.Parse(GenericChart.toFigureJson(chart)).RootElement.Clone());

    public JsonElement[] TracesOfType(string type) =>
        Traces.Where(t => t.GetProperty("type").GetString() == type).ToArray();

    public string? Title => Layout.TryGetProperty("title", out var t) ? t.GetProperty("text").GetString() : null;

    public string AxisTitle(string axis) => Layout.GetProperty(axis).GetProperty("title").GetProperty("text").GetString()!;

    public string[] AnnotationTexts =>
        Layout.TryGetProperty("annotations", out var a) ? a.EnumerateArray().Select(x => x.GetProperty("text").GetString()!).ToArray() : [];
}

internal static class JsonValues
{
    public static double[] Doubles(this JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();
    public static string[] Strings(this JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();
    public static double[][] Matrix(this JsonElement array) => array.EnumerateArray().Select(Doubles).ToArray();
}
