using System.Text.Json.Nodes;
using CourseTests;

namespace Apps.Tests;

/// <summary>
/// What a chapter's program must print: its notebook as the headless runner executed it, the execution stage's copy
/// in artifacts/executed/ (the same one tests/Notebooks.Tests checks against the original chapter's numbers).
/// </summary>
public static class ReferenceNotebooks
{
    /// <summary>The marker of the setup cell's plotly.js output (CourseLib's OfflineCharts.Marker), which is no chart.</summary>
    private const string OfflinePlotlyMarker = "<!-- course: plotly.js offline -->";

    public sealed record Reference(string StandardOutput, int ChartCount);

    public static async Task<Reference> ReadAsync(string chapter)
    {
        var record = await StagedCopies.GetAsync(StagedCopies.Runner, chapter + ".ipynb");
        Assert.True(record.Succeeded, $"the notebook itself failed, so its program has nothing to match: {record.Summary}");
        var cells = JsonNode.Parse(await File.ReadAllTextAsync(record.Artifact))!["cells"]!.AsArray().Select(c => c!.AsObject()).ToList();

        // The setup cells print what the machine's native setup did; the program's own setup may differ there.
        var outputs = cells
            .Where(c => !c["source"].JoinedText().Contains("TorchSetup.Initialize", StringComparison.Ordinal))
            .SelectMany(c => c["outputs"]?.AsArray() ?? [])
            .Select(o => o!.AsObject())
            .ToList();
        var stdout = string.Concat(outputs
            .Where(o => (string?)o["output_type"] == "stream" && (string?)o["name"] == "stdout")
            .Select(o => o["text"].JoinedText()));
        var charts = outputs
            .Select(o => o["data"]?["text/html"].JoinedText() ?? "")
            .Count(html => html.Contains("Plotly.newPlot", StringComparison.Ordinal) && !html.StartsWith(OfflinePlotlyMarker, StringComparison.Ordinal));
        return new Reference(stdout, charts);
    }
}
