using System.Collections;
using Microsoft.Data.Analysis;
using Plotly.NET;
using TorchSharp;

namespace CourseLib.Apps;

/// <summary>
/// What a notebook shows under a cell, for a console program: charts become offline HTML pages in a folder
/// (the program prints where), data frames become text tables, tensors print as NumPy does, anything else prints
/// as text. The chapter programs in <c>apps/</c> reach it through <see cref="ChapterApp"/>, from <c>apps/01_data.cs</c>
/// on; no notebook calls it (a notebook's kernel shows values itself).
/// </summary>
public sealed class ConsoleDisplay
{
    /// <summary>What the chart files are called: <c>chart-1.html</c>, <c>chart-2.html</c>, … in the order shown.</summary>
    public const string ChartFilePrefix = "chart-";

    private readonly TextWriter _output;
    private readonly string _launchFolder;
    private readonly string _chartFolder;
    private int _chartCount;

    /// <summary>A display printing to <paramref name="output"/> and writing charts to <paramref name="chartFolder"/>.</summary>
    /// <param name="output">Where the shown values and the "chart written to" lines are printed.</param>
    /// <param name="chartFolder">The folder the chart pages are written to (created on the first chart).</param>
    /// <param name="launchFolder">The folder paths are printed relative to (where the learner started the program);
    /// paths outside it are printed in full.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A folder is empty or white space.</exception>
    public ConsoleDisplay(TextWriter output, string chartFolder, string launchFolder)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentException.ThrowIfNullOrWhiteSpace(chartFolder);
        ArgumentException.ThrowIfNullOrWhiteSpace(launchFolder);
        (_output, _launchFolder, _chartFolder) = (output, launchFolder, Path.GetFullPath(chartFolder));
    }

    /// <summary>The full path of the folder charts are written to.</summary>
    public string ChartFolder => _chartFolder;

    /// <summary>The chart pages written so far, in order.</summary>
    public List<string> ChartsWritten { get; } = [];

    /// <summary>
    /// Shows <paramref name="value"/> the way a notebook shows a cell's value, in console form: a chart as a page written
    /// to <see cref="ChartFolder"/> (its path printed), a data frame or column as a table (<see cref="DataFrameText"/>),
    /// a tensor as NumPy prints it, a sequence as <c>[a, b, …]</c> (its first 1,000 items: it may be endless), anything else as its text.
    /// </summary>
    public void Show(object? value)
    {
        const int SequenceLimit = 1000;
        switch (value)
        {
            case GenericChart chart:
                _output.WriteLine($"chart written to {WriteChart(chart)}");
                break;
            case DataFrame frame:
                _output.WriteLine(DataFrameText.Format(frame));
                break;
            case DataFrameColumn column:
                _output.WriteLine(DataFrameText.Format(new DataFrame(column.Clone())));
                break;
            case torch.Tensor tensor:
                _output.WriteLine(tensor.str());
                break;
            case string text:
                _output.WriteLine(text);
                break;
            case null:
                _output.WriteLine("null");
                break;
            case IEnumerable items:
                // At most SequenceLimit items, as a notebook's display stops after its first few: a sequence may be endless.
                var shown = items.Cast<object?>().Take(SequenceLimit + 1).ToList();
                _output.WriteLine(shown.Count > SequenceLimit
                    ? $"[{string.Join(", ", shown.Take(SequenceLimit))}, … (more than {SequenceLimit:N0} items; only the first are shown)]"
                    : $"[{string.Join(", ", shown)}]");
                break;
            default:
                _output.WriteLine(value);
                break;
        }
    }

    /// <summary>
    /// Shows a value that a running cell will replace (a notebook's updatable display): a chart's page is written now
    /// and rewritten on every update, and <paramref name="progress"/>, if given, counts the updates.
    /// </summary>
    /// <param name="value">The first value, a chart.</param>
    /// <param name="progress">Where to draw the count of updates, or null for none.</param>
    /// <returns>The page, to <see cref="LiveOutput.Update"/> with each new chart.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null or not a chart.</exception>
    public LiveOutput ShowLive(object value, StatusLine? progress = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value is not GenericChart chart)
            throw new ArgumentException(
                $"Only a chart can be shown live in a console program, not a {value?.GetType().Name ?? "null"}; " +
                "print other values with Show(value) each time instead.", nameof(value));
        var path = NextChartPath();
        ChartFile.Write(chart, path);
        ChartsWritten.Add(path);
        _output.WriteLine($"chart written to {Printable(path)} (rewritten while the program runs)");
        return new LiveOutput(path, progress);
    }

    private string WriteChart(GenericChart chart)
    {
        var path = NextChartPath();
        ChartFile.Write(chart, path);
        ChartsWritten.Add(path);
        return Printable(path);
    }

    private string NextChartPath() => Path.Combine(_chartFolder, $"{ChartFilePrefix}{++_chartCount}.html");

    private string Printable(string path)
    {
        var relative = Path.GetRelativePath(_launchFolder, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
