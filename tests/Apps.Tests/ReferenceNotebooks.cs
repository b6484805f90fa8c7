using System.Text.Json.Nodes;
using CourseTests;
using NotebookRunner;

namespace Apps.Tests;

/// <summary>
/// Each notebook executed by the course's runner (in-process, as tests/Notebooks.Tests does), into
/// artifacts/apps/executed/ so as not to race the notebook tests over artifacts/executed/: what a program must print.
/// </summary>
public static class ReferenceNotebooks
{
    private static readonly RunnerOptions Options = RunnerOptions.ForRepository(AppContext.BaseDirectory) with
    {
        OutputRoot = Path.Combine(CourseApps.Root, "artifacts", "apps", "executed"),
    };

    /// <summary>The marker of the setup cell's plotly.js output (CourseLib's OfflineCharts.Marker), which is no chart.</summary>
    private const string OfflinePlotlyMarker = "<!-- course: plotly.js offline -->";

    public sealed record Reference(string StandardOutput, int ChartCount);

    public static async Task<Reference> RunAsync(string chapter)
    {
        var result = await new NotebookExecutor(Options, TextWriter.Null).RunAsync(CourseApps.NotebookPath(chapter));
        Assert.True(result.Succeeded, $"the notebook itself failed, so its program has nothing to match: {result.Describe()}");
        var cells = JsonNode.Parse(File.ReadAllText(result.ExecutedCopy!))!["cells"]!.AsArray().Select(c => c!.AsObject()).ToList();

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
