using System.Text.Json.Nodes;
using CourseTests;
using SiteBuilder.Rendering;

namespace Notebooks.Tests;

/// <summary>An executed notebook's outputs, read back from the .ipynb the runner wrote.</summary>
public sealed class ExecutedNotebook(JsonObject notebook)
{
    /// <summary>CourseLib's OfflineCharts.Marker, as the site builder knows it (this project must not load CourseLib,
    /// which carries TorchSharp).</summary>
    public const string OfflinePlotlyMarker = PlotlyLibraryOutput.Marker;

    public JsonObject Json => notebook;

    /// <summary>The executed notebook at <paramref name="path"/>.</summary>
    public static async Task<ExecutedNotebook> ReadAsync(string path) =>
        new(JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject());

    private IEnumerable<JsonObject> Cells => notebook["cells"]!.AsArray().Select(c => c!.AsObject());

    public IEnumerable<JsonObject> Outputs => Cells.SelectMany(OutputsOf);

    /// <summary>Everything the notebook printed to standard output, in order.</summary>
    public string StandardOutput => StandardOutputOf(Outputs);

    /// <summary>
    /// What the one code cell whose source contains <paramref name="code"/> printed: a cell found by what it
    /// runs (e.g. <c>TrainBinaryClassifier(model1</c>), not by the prose around it. Fails unless exactly one cell has it.
    /// </summary>
    public string StandardOutputOfCell(string code)
    {
        var cells = Cells.Where(c => (string?)c["cell_type"] == "code" && c["source"].JoinedText().Contains(code, StringComparison.Ordinal)).ToList();
        Assert.True(cells.Count == 1, $"expected one code cell that runs `{code}`, found {cells.Count}");
        return StandardOutputOf(OutputsOf(cells[0]));
    }

    /// <summary>The values of one MIME type across all display and result outputs.</summary>
    public IEnumerable<string> Data(string mimeType) => Outputs
        .Where(o => o["data"]?[mimeType] is not null)
        .Select(o => o["data"]![mimeType].JoinedText());

    /// <summary>The Plotly charts the notebook showed, parsed by the site builder's <see cref="PlotlyChart"/>
    /// (not the setup's copy of plotly.js, whose source mentions Plotly.newPlot too).</summary>
    public IEnumerable<PlotlyChart> Charts => Data("text/html")
        .Where(html => PlotlyChart.IsChart(html) && !PlotlyLibraryOutput.Is(html))
        .Select(PlotlyChart.Parse);

    private static IEnumerable<JsonObject> OutputsOf(JsonObject cell) => (cell["outputs"]?.AsArray() ?? []).Select(o => o!.AsObject());

    private static string StandardOutputOf(IEnumerable<JsonObject> outputs) => string.Concat(outputs
        .Where(o => (string?)o["output_type"] == "stream" && (string?)o["name"] == "stdout")
        .Select(o => o["text"].JoinedText()));
}
