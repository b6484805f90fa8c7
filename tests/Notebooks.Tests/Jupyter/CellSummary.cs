using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CourseTests;

namespace Notebooks.Tests.Jupyter;

/// <summary>
/// What one code cell of an executed notebook showed, in terms that must not depend on the front end: whether it
/// failed, the kinds of its outputs in order (chart, table, plotly.js, other HTML, text), and what it printed.
/// Notices a kernel adds of its own accord are left out: the Jupyter kernel's script that finds its HTTP API (first
/// cell), its "Loading extensions from …" lines, and the compiler warnings it prints after a cell's output (CS1701
/// when TorchSharp, built for .NET 8, meets .NET 10's System.Runtime.Numerics). Durations a notebook prints
/// ("12 models in 27.6 s") are the machine's, not the notebook's, and read as <c>&lt;duration&gt;</c>.
/// </summary>
public sealed partial record CellSummary(int Cell, bool Failed, IReadOnlyList<string> Kinds, string Printed)
{
    [GeneratedRegex(@"\n?warning CS\d{4}: [^\n]*\n?")]
    private static partial Regex CompilerWarning();

    [GeneratedRegex(@"(?<![\w.])\d+(\.\d+)? ?(s|ms|µs)\b")]
    private static partial Regex Duration();

    /// <summary>One summary per code cell, numbered from 1 as the editors number code cells.</summary>
    public static IReadOnlyList<CellSummary> Of(ExecutedNotebook notebook) =>
        notebook.Json["cells"]!.AsArray()
            .Select(c => c!.AsObject())
            .Where(c => (string?)c["cell_type"] == "code")
            .Select((cell, i) => Summarise(i + 1, cell["outputs"]?.AsArray().Select(o => o!.AsObject()).ToList() ?? []))
            .ToList();

    private static CellSummary Summarise(int number, IReadOnlyList<JsonObject> outputs)
    {
        bool failed = outputs.Any(o => (string?)o["output_type"] == "error");
        var printed = string.Concat(outputs
            .Where(o => (string?)o["output_type"] == "stream" && (string?)o["name"] == "stdout")
            .Select(o => o["text"].JoinedText()));
        var kinds = outputs.Where(o => o["data"] is JsonObject).Select(o => Kind(o["data"]!.AsObject())).OfType<string>().ToList();
        var text = Duration().Replace(CompilerWarning().Replace(printed, "\n"), "<duration>");
        return new CellSummary(number, failed, kinds, text.TrimEnd('\n'));
    }

    private static string? Kind(JsonObject data)
    {
        if (data["text/html"] is { } htmlNode)
        {
            var html = htmlNode.JoinedText();
            if (html.Contains("dotnet-interactive-this-cell", StringComparison.Ordinal)) return null; // the Jupyter kernel's bootstrap
            if (html.StartsWith(ExecutedNotebook.OfflinePlotlyMarker, StringComparison.Ordinal)) return "plotly.js";
            if (html.Contains("Plotly.newPlot", StringComparison.Ordinal)) return "chart";
            if (html.TrimStart().StartsWith("<table", StringComparison.Ordinal)) return "table";
            return "html";
        }
        if (data["text/plain"] is { } plain)
            return plain.JoinedText().StartsWith("Loading extensions from ", StringComparison.Ordinal) ? null : "text";
        return string.Join("+", data.Select(p => p.Key));
    }

    public override string ToString() =>
        $"code cell {Cell}: {(Failed ? "failed" : "ok")}, outputs [{string.Join(", ", Kinds)}], printed {Printed.Length} chars";
}
