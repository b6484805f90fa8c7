using System.Text.Json.Nodes;
using Microsoft.Playwright;
using SiteBuilder.Rendering;
using SiteBuilder.Site;

namespace SiteBuilder.Downloads;

/// <summary>
/// Draws charts as PNG images in headless Chromium, with the very plotly.js the site ships (Plotly.NET's, the version
/// the notebooks' charts were made for) and its own <c>Plotly.toImage</c>: the same drawing a reader's browser makes,
/// at the chart's own size, two image pixels per CSS pixel so that text stays sharp on a high-density screen.
/// Playwright drives an installed Chromium (<see cref="Find"/>) and never downloads one; the page may fetch nothing.
/// Building a site needs no browser: without one the downloads carry their charts as HTML only, and the build says so.
/// </summary>
public sealed class ChartImages : IDisposable
{
    /// <summary>Image pixels per CSS pixel.</summary>
    public const int Scale = 2;

    /// <summary>Plotly's size for a chart whose layout sets none.</summary>
    private const int DefaultWidth = 700, DefaultHeight = 450;

    private static readonly TimeSpan ChartTimeout = TimeSpan.FromSeconds(60);

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IPage _page;

    private ChartImages(IPlaywright playwright, IBrowser browser, IPage page) => (_playwright, _browser, _page) = (playwright, browser, page);

    /// <summary>
    /// The Chromium to draw with, as the browser tests find it: <c>CHROMIUM_PATH</c> where it is set, else Debian's
    /// <c>/usr/bin/chromium</c>; null where that file does not exist (so <c>CHROMIUM_PATH=none</c> builds without images).
    /// </summary>
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium") is var path && File.Exists(path) ? path : null;

    /// <summary>Starts Chromium at <paramref name="chromiumPath"/> with a page that has plotly.js and nothing else.</summary>
    /// <exception cref="InvalidOperationException">Chromium could not be started (the message says why).</exception>
    public static ChartImages Start(string chromiumPath) => StartAsync(chromiumPath).GetAwaiter().GetResult();

    private static async Task<ChartImages> StartAsync(string chromiumPath)
    {
        IPlaywright? playwright = null;
        try
        {
            playwright = await Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = chromiumPath, Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
            });
            var context = await browser.NewContextAsync(new() { Offline = true });
            // Nothing leaves the page: plotly.js is put into it below, and a chart needs nothing else.
            await context.RouteAsync("**/*", route => route.AbortAsync("internetdisconnected"));
            var page = await context.NewPageAsync();
            await page.SetContentAsync("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body></body></html>");
            await page.AddScriptTagAsync(new() { Content = PlotlyScript.ReadText() });
            return new ChartImages(playwright, browser, page);
        }
        catch (PlaywrightException e)
        {
            playwright?.Dispose();
            throw new InvalidOperationException($"Chromium ({chromiumPath}) could not be started to draw the charts as images: {e.Message}", e);
        }
    }

    /// <summary>The chart as a PNG at its own size (the layout's width and height, else Plotly's 700 × 450).</summary>
    /// <exception cref="InvalidOperationException">plotly.js could not draw the figure (the message says why).</exception>
    public ChartImage Draw(PlotlyChart chart)
    {
        var width = Pixels(chart.Layout["width"]) ?? DefaultWidth;
        var height = Pixels(chart.Layout["height"]) ?? DefaultHeight;
        var figure = new JsonObject { ["data"] = chart.Data.DeepClone(), ["layout"] = chart.Layout.DeepClone() }.ToJsonString();
        string dataUrl;
        try
        {
            dataUrl = _page.EvaluateAsync<string>(
                "([figure, width, height, scale]) => Plotly.toImage(JSON.parse(figure), { format: 'png', width, height, scale })",
                new object[] { figure, width, height, Scale }).WaitAsync(ChartTimeout).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            throw new InvalidOperationException($"plotly.js could not draw the chart {chart.ElementId} as an image: {e.Message}", e);
        }
        const string prefix = "data:image/png;base64,";
        if (!dataUrl.StartsWith(prefix, StringComparison.Ordinal))
            throw new InvalidOperationException($"plotly.js returned no PNG for the chart {chart.ElementId}.");
        return new ChartImage(Convert.FromBase64String(dataUrl[prefix.Length..]), width, height);
    }

    private static int? Pixels(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<double>(out var pixels) && pixels > 0 ? (int)Math.Round(pixels) : null;

    /// <summary>Closes Chromium.</summary>
    public void Dispose()
    {
        _browser.CloseAsync().GetAwaiter().GetResult();
        _playwright.Dispose();
    }
}
