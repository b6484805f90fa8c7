using Microsoft.Playwright;
using System.Collections.Concurrent;

namespace Site.Tests;

/// <summary>
/// What <see cref="EveryPage"/>'s checks read from each view of the course site (page, width, theme), read once: the
/// first check that asks for a view loads the page, waits until it has settled as a reader would see it (every chart
/// drawn and fitted to the screen in the theme's colours, the fonts and the figures loaded), takes every probe of
/// <see cref="EveryPage.Probes"/>, saves a full-page screenshot to artifacts/site-screenshots/ and closes the page.
/// Every later check of that view reads the snapshot. So each view is loaded once, not once per check (xunit runs a
/// test method over all its rows before the next method, so the checks of one view never run side by side), and no
/// more than one page is open at a time (a page of charts holds some 200 MB). A test that clicks, scrolls or resizes
/// opens a page of its own instead (<see cref="OfflineBrowser"/>).
/// </summary>
public sealed class PageSnapshots : IAsyncLifetime
{
    /// <summary>Where each view's screenshot goes (NAME-WIDTH.jpg, NAME-WIDTH-dark.jpg).</summary>
    public static readonly string ScreenshotFolder = Path.GetFullPath(Path.Combine(CourseSite.Options.SiteRoot, "..", "site-screenshots"));

    // Polled by WaitForFunctionAsync, so it must answer at once: an async function returns a promise, which Playwright
    // takes as an answer (truthy) without awaiting it, and the wait would be no wait (it was, until 2026-12-07: the
    // probes passed only because a screenshot before them gave the charts time to draw). The fonts are awaited first.
    private const string Settled = """
        () => {
          const charts = [...document.querySelectorAll('.plotly-chart')];
          const paper = getComputedStyle(document.documentElement).getPropertyValue('--chart-paper').trim();
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
            await visit.Page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
            await visit.Page.WaitForFunctionAsync(Settled);
            // The page's own errors, before the probes run: axe-core's script, for one, logs failed requests of its
            // own to the console.
            string[] errors = [.. visit.Errors];
            var values = new Dictionary<PageProbe, object?>();
            foreach (var probe in EveryPage.Probes.Where(p => p.AppliesTo?.Invoke(view) ?? true))
                values[probe] = await probe.Take(visit.Page);
            await ScreenshotAsync(visit, view);
            snapshot = new PageSnapshot(view, values, errors, [.. visit.OffsiteRequests]);
            taken[view] = snapshot;
            return snapshot;
        }
        finally
        {
            one.Release();
        }
    }

    // Last, once every probe has read the page: Chromium draws a full page by stretching the window for a moment,
    // and site.js answers the resize by fitting the charts again, so a probe after it would have to wait for them.
    // JPEG, not PNG: a chapter's full page is some 1280 × 20,000 pixels, which took 1 to 4 s to encode as PNG
    // (measured 2026-12-07), the longest part of a view after axe.
    private static async Task ScreenshotAsync(PageVisit visit, PageView view)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await visit.Page.ScreenshotAsync(new()
        {
            Path = Path.Combine(ScreenshotFolder, view.ScreenshotName), FullPage = true, Type = ScreenshotType.Jpeg, Quality = 85,
        });
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
