using Microsoft.Playwright;

namespace Site.Tests;

/// <summary>
/// Headless Chromium with the network off: Debian's /usr/bin/chromium (or CHROMIUM_PATH), driven by Playwright,
/// which never downloads a browser of its own here. The context is offline and every request that is not for a
/// local file is aborted and recorded, so a page that tries to fetch from a CDN fails its test. Where Chromium is
/// missing the fixture starts nothing and each test that opens a page is skipped (<see cref="Prerequisite.Chromium"/>):
/// a fixture that threw would fail every test of its class, those that need no browser too.
/// </summary>
public sealed class OfflineBrowser : IAsyncLifetime
{
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly string userDataDir = Directory.CreateTempSubdirectory("site-tests-chromium-").FullName;
    private IPlaywright? playwright;
    private IBrowserContext? context;

    public async ValueTask InitializeAsync()
    {
        if (TestTier.IsFast || Prerequisite.Chromium.Missing is not null) return;
        playwright = await Playwright.CreateAsync();
        // A persistent context on a fresh folder: a clean profile for every test run.
        context = await playwright.Chromium.LaunchPersistentContextAsync(userDataDir, new()
        {
            ExecutablePath = Prerequisite.Chromium.Require(),
            Headless = true, // Playwright passes --headless
            Args = ChromiumArguments,
            Offline = true,
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
    }

    /// <summary>The browser's context, e.g. to grant the clipboard to pages or read their storage.</summary>
    public IBrowserContext Context
    {
        get
        {
            TestTier.RequireFull("opens Chromium");
            Prerequisite.Chromium.Require();
            return context!;
        }
    }

    /// <summary>Opens <paramref name="file"/> in a new tab, watching its console and its requests.</summary>
    /// <param name="file">The page.</param>
    /// <param name="width">The window's width in CSS pixels (390 is a phone's).</param>
    /// <param name="colorScheme">The system's colour theme the page sees (light unless said).</param>
    public async Task<PageVisit> OpenAsync(string file, int width = 1280, ColorScheme colorScheme = ColorScheme.Light)
    {
        var page = await Context.NewPageAsync();
        await page.SetViewportSizeAsync(width, 900);
        await page.EmulateMediaAsync(new() { ColorScheme = colorScheme });
        var visit = new PageVisit(page);
        await visit.StartAsync(new Uri(Path.GetFullPath(file)).AbsoluteUri);
        return visit;
    }

    public async ValueTask DisposeAsync()
    {
        if (context is not null)
            await context.CloseAsync();
        playwright?.Dispose();
        Directory.Delete(userDataDir, recursive: true);
    }
}
