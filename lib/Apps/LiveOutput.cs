using Plotly.NET;

namespace CourseLib.Apps;

/// <summary>
/// A chart page that a running program keeps rewriting: the console form of a notebook's display that a cell
/// updates in place (<c>KernelInvocationContext.Current.Display(chart).Update</c>). Reload the page to see the
/// latest chart; the page left at the end is the final one. Made by <see cref="ChapterApp.ShowLive"/> in
/// <c>apps/12_live_training.cs</c>, the program of the notebook that redraws its loss curve while training; no notebook calls it.
/// </summary>
public sealed class LiveOutput
{
    private readonly StatusLine? _progress;

    internal LiveOutput(string path, StatusLine? progress)
    {
        Path = path;
        _progress = progress;
    }

    /// <summary>The full path of the chart page.</summary>
    public string Path { get; }

    /// <summary>How often the chart was replaced.</summary>
    public int UpdateCount { get; private set; }

    /// <summary>Replaces the chart: rewrites the page and redraws the progress line.</summary>
    /// <param name="value">The new chart.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null or not a chart.</exception>
    public void Update(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value is not GenericChart chart)
            throw new ArgumentException($"A live chart can only be replaced by a chart, not a {value?.GetType().Name ?? "null"}.", nameof(value));
        ChartFile.Write(chart, Path);
        UpdateCount++;
        _progress?.Draw($"{System.IO.Path.GetFileName(Path)} {Bar(UpdateCount)} {UpdateCount} updates");
    }

    // One mark per update, wrapping every 20, so the line shows the chart keeps changing without knowing the total.
    private static string Bar(int updates)
    {
        const int Width = 20;
        var filled = (updates - 1) % Width + 1;
        return "[" + new string('#', filled) + new string('.', Width - filled) + "]";
    }
}
