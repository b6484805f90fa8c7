using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Site.Tests.Jupyter;

/// <summary>
/// Headless Chromium as the Jupyter tests open a notebook: allowed this machine's loopback only (the notebook server,
/// and the kernel's own HTTP API, also on 127.0.0.1). Every other request is aborted as if the internet were gone,
/// and recorded in <see cref="Blocked"/>, which a test asserts empty.
/// </summary>
internal sealed class LoopbackBrowser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private LoopbackBrowser(IPlaywright playwright, IBrowser browser, IBrowserContext context) =>
        (_playwright, Browser, Context) = (playwright, browser, context);

    public IBrowser Browser { get; }

    /// <summary>The context whose pages reach only loopback addresses.</summary>
    public IBrowserContext Context { get; }

    /// <summary>The addresses a page asked for beyond this machine.</summary>
    public ConcurrentQueue<string> Blocked { get; } = new();

    public static async Task<LoopbackBrowser> LaunchAsync()
    {
        TestTier.RequireFull("opens Chromium");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Prerequisite.Chromium.Require(), Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
        });
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var opened = new LoopbackBrowser(playwright, browser, context);
        await context.RouteAsync(url => !new Uri(url).IsLoopback, async route =>
        {
            opened.Blocked.Enqueue(route.Request.Url);
            await route.AbortAsync("internetdisconnected");
        });
        return opened;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
