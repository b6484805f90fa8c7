using System.Globalization;
using System.Text;

namespace NotebookRunner;

/// <summary>
/// The closing table, written as markdown beside the executed copies (artifacts/executed/summary.md) with the date and
/// the machine, so that the docs show the runner's last measured figures instead of a table copied in by hand.
/// </summary>
public static class SummaryFile
{
    public const string FileName = "summary.md";

    public static string Format(IReadOnlyList<NotebookResult> results, DateTimeOffset finished, string machine)
    {
        var text = new StringBuilder();
        text.AppendLine("# The headless runner's last run").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Finished {finished.ToUniversalTime():yyyy-MM-dd HH:mm} UTC on {machine}; {results.Count} notebook{(results.Count == 1 ? "" : "s")}, each in a kernel process of its own.");
        text.AppendLine();
        text.AppendLine("| Notebook | Cells | Seconds | Status |");
        text.AppendLine("|---|---:|---:|---|");
        foreach (var r in results)
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {Cell(r.Notebook)} | {r.CodeCellsRun}/{r.CodeCells} | {r.Duration.TotalSeconds:F1} | {Cell(r.StatusText)} |");
        var total = TimeSpan.FromTicks(results.Sum(r => r.Duration.Ticks));
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| **total** | {results.Sum(r => r.CodeCellsRun)}/{results.Sum(r => r.CodeCells)} | {total.TotalSeconds:F1} | {results.Count(r => r.Succeeded)} passed, {results.Count(r => !r.Succeeded)} failed |");
        return text.ToString();
    }

    /// <summary>
    /// Writes the file into <paramref name="outputRoot"/> through a temporary file renamed into place, so a reader never
    /// sees half a table; returns its path.
    /// </summary>
    public static string Write(string outputRoot, IReadOnlyList<NotebookResult> results, DateTimeOffset finished, string machine)
    {
        Directory.CreateDirectory(outputRoot);
        var path = Path.Combine(outputRoot, FileName);
        var temporary = path + $".{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, Format(results, finished, machine));
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    // A notebook's path or an error may hold a '|', which would split the markdown row.
    private static string Cell(string text) => text.Replace("|", "\\|").ReplaceLineEndings(" ");
}
