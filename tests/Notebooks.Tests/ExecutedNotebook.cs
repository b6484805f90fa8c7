using System.Text.Json.Nodes;
using CourseTests;

namespace Notebooks.Tests;

/// <summary>An executed notebook's outputs, read back from the .ipynb the runner wrote.</summary>
public sealed class ExecutedNotebook(JsonObject notebook)
{
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

    /// <summary>The Plotly charts the notebook showed: each one's traces and layout, parsed from the HTML output.</summary>
    public IEnumerable<PlotlyFigure> Charts => Data("text/html")
        .Where(html => html.Contains("Plotly.newPlot"))
        .Select(PlotlyFigure.FromHtml);
}
