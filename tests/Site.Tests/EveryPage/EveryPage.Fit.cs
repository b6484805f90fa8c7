namespace Site.Tests;

/// <summary>
/// Every page fits a phone's screen (390 px) and a laptop's (1280 px) without sideways scrolling (wide code and tables
/// scroll inside their boxes), with no chart wider than the screen; its screenshot is there for a person to look at.
/// </summary>
public partial class EveryPage
{
    [Theory]
    [MemberData(nameof(PagesAtBothWidths))]
    public async Task The_page_fits_the_screen_without_sideways_scrolling(string page, int width)
    {
        var visit = await ViewAsync(page, width);

        var scrollWidth = await visit.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var widestChart = await visit.Page.EvaluateAsync<double>(
            "() => Math.max(0, ...[...document.querySelectorAll('.plotly-chart .main-svg')].map(svg => svg.getBoundingClientRect().right))");

        Assert.True(scrollWidth <= width, $"{page} at {width} px is {scrollWidth} px wide");
        Assert.True(widestChart <= width, $"{page} at {width} px has a chart reaching {widestChart} px");
        var screenshot = new FileInfo(Path.Combine(SharedPageVisits.ScreenshotFolder, new PageView(page, width, default).ScreenshotName));
        Assert.True(screenshot.Exists && screenshot.Length > 10_000, $"{screenshot} is missing or nearly empty");
    }
}
