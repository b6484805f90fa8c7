using SiteBuilder.Rendering;

namespace SiteBuilder.Downloads;

/// <summary>
/// The chart images of one site build: Chromium is started when the first chart asks (a site without charts starts
/// none), and kept for every chapter. Where there is no Chromium, or it fails, the charts get no image and the build goes
/// on: a learner building the site needs no browser. Each such case is one sentence in <see cref="Warnings"/>.
/// </summary>
/// <param name="chromiumPath">The Chromium to draw with, or null to draw nothing.</param>
public sealed class DownloadImages(string? chromiumPath) : IDisposable
{
    private readonly List<string> _warnings = [];
    private ChartImages? _images;
    private bool _unavailable = chromiumPath is null;
    private int _missed;

    /// <summary>Why some or all charts of the downloads have no image; empty where every chart has one.</summary>
    public IReadOnlyList<string> Warnings => _missed == 0 ? _warnings :
        [.. _warnings, $"{_missed} chart(s) of the downloadable executed notebooks have no image: they show only where scripts run and plotly.js loads."];

    /// <summary>The chart's image, or null where none can be drawn (see <see cref="Warnings"/>).</summary>
    public ChartImage? Draw(PlotlyChart chart)
    {
        if (_images is null && !_unavailable)
        {
            try
            {
                _images = ChartImages.Start(chromiumPath!);
            }
            catch (InvalidOperationException e)
            {
                _unavailable = true;
                _warnings.Add(e.Message);
            }
        }
        if (_images is null)
        {
            if (chromiumPath is null && _missed == 0)
                _warnings.Add("No Chromium (CHROMIUM_PATH, or /usr/bin/chromium: apt-get install chromium) to draw the charts of the downloadable executed notebooks as images.");
            _missed++;
            return null;
        }
        try
        {
            return _images.Draw(chart);
        }
        catch (InvalidOperationException e)
        {
            _warnings.Add(e.Message);
            _missed++;
            return null;
        }
    }

    /// <summary>Closes Chromium, if it was started.</summary>
    public void Dispose() => _images?.Dispose();
}
