using System.Collections.Concurrent;

namespace Site.Tests;

/// <summary>
/// What <see cref="EveryPage"/>'s checks read from each view of the course site (page, width, theme), read once: the
/// first check that asks for a view loads the page, waits until it has settled as a reader would see it (every chart
/// drawn and fitted to the screen in the theme's colours, the fonts and the figures loaded), saves a full-page
/// screenshot to artifacts/site-screenshots/, takes every probe of <see cref="EveryPage.Probes"/> and closes the page.
/// Every later check of that view reads the snapshot. So each view is loaded once, not once per check (xunit runs a
/// test method over all its rows before the next method, so the checks of one view never run side by side), and no
/// more than one page is open at a time (a page of charts holds some 200 MB). A test that clicks, scrolls or resizes
/// opens a page of its own instead (<see cref="OfflineBrowser"/>).
/// </summary>
public sealed class PageSnapshots : IAsyncLifetime
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
    private readonly ConcurrentDictionary<PageView, PageSnapshot> taken = new();

    public ValueTask InitializeAsync() => browser.InitializeAsync();

    /// <summary>What the checks read from <paramref name="view"/> (loading it now if no check asked before).</summary>
    public async Task<PageSnapshot> ViewAsync(PageView view)
    {
        if (taken.TryGetValue(view, out var snapshot)) return snapshot;
        await one.WaitAsync();
        try
        {
            if (taken.TryGetValue(view, out snapshot)) return snapshot;
            await using var visit = await browser.OpenAsync(CourseSite.PagePath(view.Page), view.Width, view.Theme);
            await visit.Page.WaitForFunctionAsync(Settled);
            await ScreenshotAsync(visit, view);
            // The page's own errors, before the probes run: axe-core's script, for one, logs failed requests of its
            // own to the console.
            string[] errors = [.. visit.Errors];
            var values = new Dictionary<PageProbe, object?>();
            foreach (var probe in EveryPage.Probes.Where(p => p.AppliesTo?.Invoke(view) ?? true))
                values[probe] = await probe.Take(visit.Page);
            snapshot = new PageSnapshot(view, values, errors, [.. visit.OffsiteRequests]);
            taken[view] = snapshot;
            return snapshot;
        }
        finally
        {
            one.Release();
        }
    }

    // Chromium draws a full page by stretching the window for a moment, which fires a resize event: site.js then fits
    // the charts to the window again (after 150 ms), redrawing some. The probes must wait for that to settle too.
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

    public ValueTask DisposeAsync() => browser.DisposeAsync();
}

/// <summary>What was read from one view of a page: each probe's value, the errors the page logged while it loaded and
/// settled, and every request beyond the site it tried (the probes' included).</summary>
public sealed record PageSnapshot(PageView View, IReadOnlyDictionary<PageProbe, object?> Values,
    IReadOnlyList<string> Errors, IReadOnlyList<string> OffsiteRequests)
{
    /// <summary>The value <paramref name="probe"/> read.</summary>
    public T Get<T>(PageProbe probe) =>
        Values.TryGetValue(probe, out var value)
            ? (T)value!
            : throw new InvalidOperationException($"{probe} is not read in {View}: widen its AppliesTo.");
}
