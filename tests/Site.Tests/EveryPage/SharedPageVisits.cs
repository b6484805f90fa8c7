using Microsoft.Playwright;

namespace Site.Tests;

/// <summary>
/// The pages of the course site as <see cref="EveryPage"/>'s checks look at them, loaded once per view. A view stays
/// open while the checks that read it run (<see cref="ByPageView"/> groups them), then the next one replaces it: one
/// tab at a time, as a page of charts holds some 200 MB. A view is handed out ready, as a reader would see it settle:
/// every chart drawn and fitted to the screen in the theme's colours, the fonts and the figures loaded; and a
/// full-page screenshot of it is saved to artifacts/site-screenshots/ for a person to look at. The checks only read the
/// page; a test that clicks, scrolls or resizes opens a page of its own (<see cref="OfflineBrowser"/>).
/// </summary>
public sealed class SharedPageVisits : IAsyncLifetime
{
    /// <summary>Where each view's screenshot goes (NAME-WIDTH.png, NAME-WIDTH-dark.png).</summary>
    public static readonly string ScreenshotFolder = Path.GetFullPath(Path.Combine(CourseSite.Options.SiteRoot, "..", "site-screenshots"));

    private const string Settled = """
        async () => {
          const charts = [...document.querySelectorAll('.plotly-chart')];
          const paper = getComputedStyle(document.documentElement).getPropertyValue('--chart-paper').trim();
          await document.fonts.ready;
          return charts.every(gd => gd._fullLayout && gd.querySelector('svg.main-svg') && gd.hasAttribute('data-settled')
                                    && gd._fullLayout.paper_bgcolor === paper)
              && [...document.querySelectorAll('img')].every(img => img.complete);
        }
        """;

    private readonly OfflineBrowser browser = new();
    private readonly SemaphoreSlim one = new(1, 1);
    private (PageView View, PageVisit Visit)? open;

    public ValueTask InitializeAsync() => browser.InitializeAsync();

    /// <summary>The page as <paramref name="view"/> shows it, loaded and settled (the one already open if it is that view).</summary>
    public async Task<PageVisit> ViewAsync(PageView view)
    {
        await one.WaitAsync();
        try
        {
            if (open is { } current && current.View == view) return current.Visit;
            if (open is { } previous) await previous.Visit.DisposeAsync();
            open = null;
            var visit = await browser.OpenAsync(CourseSite.PagePath(view.Page), view.Width, view.Theme);
            await visit.Page.WaitForFunctionAsync(Settled);
            await ScreenshotAsync(visit, view);
            open = (view, visit);
            return visit;
        }
        finally
        {
            one.Release();
        }
    }

    // Chromium draws a full page by stretching the window for a moment, which fires a resize event: site.js then fits
    // the charts to the window again (after 150 ms), redrawing some. The checks must wait for that to settle too.
    private static async Task ScreenshotAsync(PageVisit visit, PageView view)
    {
        await visit.Page.EvaluateAsync("() => { window.courseTestResized = false; window.addEventListener('resize', () => { window.courseTestResized = true; }); }");
        Directory.CreateDirectory(ScreenshotFolder);
        await visit.Page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, view.ScreenshotName), FullPage = true });
        if (await visit.Page.EvaluateAsync<bool>("() => new Promise(done => requestAnimationFrame(() => setTimeout(() => done(window.courseTestResized), 0)))"))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(400)); // past site.js's 150 ms wait before it fits the charts
            await visit.Page.WaitForFunctionAsync(Settled);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (open is { } current) await current.Visit.DisposeAsync();
        await browser.DisposeAsync();
    }
}
