namespace Site.Tests;

/// <summary>What the browser tests wait for before they look at a page.</summary>
internal static class SitePageReady
{
    /// <summary>Every chart has been drawn (plotly's layout and its SVG are there).</summary>
    public const string EveryChartDrawn =
        "() => [...document.querySelectorAll('.plotly-chart')].every(gd => gd._fullLayout && gd.querySelector('svg.main-svg'))";

    /// <summary>Waits until the page's charts are drawn.</summary>
    public static Task WaitAsync(PageVisit visit) => visit.Page.WaitForFunctionAsync(EveryChartDrawn);
}
