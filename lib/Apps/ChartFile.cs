using Microsoft.FSharp.Core;
using Plotly.NET;

namespace CourseLib.Apps;

/// <summary>
/// Writes a Plotly.NET chart as one self-contained HTML page that draws with no network: how the generated programs
/// in <c>apps/</c> show the charts their notebooks draw inline (no notebook calls it; <see cref="ConsoleDisplay"/> does).
/// </summary>
public static class ChartFile
{
    /// <summary>The page of <paramref name="chart"/>, with the plotly.js that Plotly.NET ships written into it
    /// (<see cref="PlotlyJSReference.Full"/>), so the page needs no CDN.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is null.</exception>
    public static string Html(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var offline = Plotly.NET.Chart.withDisplayOptions(
            DisplayOptions.setPlotlyReference(PlotlyJSReference.Full).Invoke(DisplayOptions.initCDNOnly()));
        return GenericChart.toEmbeddedHTML(offline.Invoke(chart));
    }

    /// <summary>Writes the chart's page to <paramref name="path"/>, creating its folder. The page is written to a
    /// temporary file and renamed into place, so a browser that has the file open never reads half a page.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, blank, holds a NUL or a file name too long for a file system, or <paramref name="chart"/> is null.</exception>
    public static void Write(GenericChart chart, string path)
    {
        var full = Guards.FilePath(path);
        var html = Html(chart);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // A temporary file of this call's own (two writers to one path must not share one), of a fixed-length name.
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".chart.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, html);
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary); // nothing half-written is left behind
            throw;
        }
    }
}
