using System.Text.Json.Nodes;
using CourseTests;

namespace Notebooks.Tests;

/// <summary>An executed notebook's outputs, read back from the .ipynb the runner wrote.</summary>
public sealed class ExecutedNotebook(JsonObject notebook)
{
    /// <summary>CourseLib's OfflineCharts.Marker (this project must not load CourseLib, which carries TorchSharp).</summary>
    public const string OfflinePlotlyMarker = "<!-- course: plotly.js offline -->";

    public JsonObject Json => notebook;

    public IEnumerable<JsonObject> Outputs =>
        notebook["cells"]!.AsArray().SelectMany(c => c!["outputs"]?.AsArray() ?? []).Select(o => o!.AsObject());

    /// <summary>Everything the notebook printed to standard output, in order.</summary>
    public string StandardOutput => string.Concat(Outputs
        .Where(o => (string?)o["output_type"] == "stream" && (string?)o["name"] == "stdout")
        .Select(o => o["text"].JoinedText()));

    /// <summary>The values of one MIME type across all display and result outputs.</summary>
    public IEnumerable<string> Data(string mimeType) => Outputs
        .Where(o => o["data"]?[mimeType] is not null)
        .Select(o => o["data"]![mimeType].JoinedText());

    /// <summary>The Plotly charts the notebook showed: each one's traces and layout, parsed from the HTML output
    /// (not the setup's copy of plotly.js, whose source mentions Plotly.newPlot too).</summary>
    public IEnumerable<PlotlyFigure> Charts => Data("text/html")
        .Where(html => html.Contains("Plotly.newPlot") && !html.StartsWith(OfflinePlotlyMarker, StringComparison.Ordinal))
        .Select(PlotlyFigure.FromHtml);
}
