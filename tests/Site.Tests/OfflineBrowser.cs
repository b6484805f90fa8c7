using Microsoft.Playwright;

namespace Site.Tests;

/// <summary>
/// Headless Chromium with the network off: Debian's /usr/bin/chromium (or CHROMIUM_PATH), driven by Playwright,
/// which never downloads a browser of its own here. The context is offline and every request that is not for a
/// local file is aborted and recorded, so a page that tries to fetch from a CDN fails its test.
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

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new FileNotFoundException($"The browser tests need Chromium at {ChromiumPath} (Debian: apt-get install -y chromium; .ci/run installs it).");
        playwright = await Playwright.CreateAsync();
        // A persistent context on a fresh folder: a clean profile for every test run.
        context = await playwright.Chromium.LaunchPersistentContextAsync(userDataDir, new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true, // Playwright passes --headless
            Args = ChromiumArguments,
            Offline = true,
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
    }

    /// <summary>The browser's context, e.g. to grant the clipboard to pages or read their storage.</summary>
    public IBrowserContext Context => context!;

    /// <summary>Opens <paramref name="file"/> in a new tab, watching its console and its requests.</summary>
    /// <param name="file">The page.</param>
    /// <param name="width">The window's width in CSS pixels (390 is a phone's).</param>
    /// <param name="colorScheme">The system's colour theme the page sees (light unless said).</param>
    public async Task<PageVisit> OpenAsync(string file, int width = 1280, ColorScheme colorScheme = ColorScheme.Light)
    {
        var page = await context!.NewPageAsync();
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
