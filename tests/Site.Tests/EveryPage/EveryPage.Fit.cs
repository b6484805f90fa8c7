namespace Site.Tests;

/// <summary>
/// Every page fits a phone's screen (390 px) and a laptop's (1280 px) without sideways scrolling (wide code and tables
/// scroll inside their boxes), with no chart wider than the screen; its screenshot is there for a person to look at.
/// </summary>
public partial class EveryPage
{
    private static readonly PageProbe PageWidth = PageProbe.Script<int>("the page's width", "() => document.documentElement.scrollWidth");

    private static readonly PageProbe WidestChart = PageProbe.Script<double>("where the widest chart ends",
        "() => Math.max(0, ...[...document.querySelectorAll('.plotly-chart .main-svg')].map(svg => svg.getBoundingClientRect().right))");

    [Theory]
    [MemberData(nameof(PagesAtBothWidths))]
    public async Task The_page_fits_the_screen_without_sideways_scrolling(string page, int width)
    {
        var view = await ViewAsync(page, width);

        var (scrollWidth, widestChart) = (view.Get<int>(PageWidth), view.Get<double>(WidestChart));

        Assert.True(scrollWidth <= width, $"{page} at {width} px is {scrollWidth} px wide");
        Assert.True(widestChart <= width, $"{page} at {width} px has a chart reaching {widestChart} px");
        var screenshot = new FileInfo(Path.Combine(PageSnapshots.ScreenshotFolder, view.View.ScreenshotName));
        Assert.True(screenshot.Exists && screenshot.Length > 10_000, $"{screenshot} is missing or nearly empty");
    }
}
