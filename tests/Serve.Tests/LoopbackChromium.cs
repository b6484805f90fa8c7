using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Serve.Tests;

/// <summary>
/// Headless Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH) driven by Playwright, which never downloads a
/// browser here. Its pages reach this machine's loopback only, where the service listens: every other request is
/// aborted as if there were no internet and recorded in <see cref="Blocked"/>, so a page that needs a CDN fails.
/// </summary>
internal sealed class LoopbackChromium : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private LoopbackChromium(IPlaywright playwright, IBrowser browser) => (_playwright, _browser) = (playwright, browser);

    /// <summary>What a page asked for beyond loopback.</summary>
    public ConcurrentQueue<string> Blocked { get; } = new();

    /// <summary>What pages wrote to their console as errors.</summary>
    public ConcurrentQueue<string> ConsoleErrors { get; } = new();

    public static async Task<LoopbackChromium> LaunchAsync(string chromium)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
        });
        return new LoopbackChromium(playwright, browser);
    }

    /// <summary>A new page <paramref name="width"/> CSS pixels wide (390 is a phone's) showing <paramref name="address"/>.</summary>
    public async Task<IPage> OpenAsync(Uri address, int width = 1280)
    {
        var context = await _browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        await context.RouteAsync(url => !new Uri(url).IsLoopback, async route =>
        {
            Blocked.Enqueue(route.Request.Url);
            await route.AbortAsync("internetdisconnected");
        });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") ConsoleErrors.Enqueue(message.Text);
        };
        page.PageError += (_, error) => ConsoleErrors.Enqueue(error);
        await page.GotoAsync(address.AbsoluteUri);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
