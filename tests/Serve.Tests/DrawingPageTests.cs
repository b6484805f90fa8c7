using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CourseTests;
using Microsoft.Playwright;

namespace Serve.Tests;

/// <summary>
/// The page as a person uses it, in headless Chromium on the service's own process: draw a digit with the mouse,
/// see it shrunk to 8 × 8, see the prediction and ten probability bars; nothing fetched beyond loopback.
/// </summary>
[Trait("Tier", "Full")] // trains the digits model the service loads (the train command, once per run)
public sealed class DrawingPageTests(TrainedModel model) : IAsyncLifetime
{
    private ServiceProcess _service = null!;
    private LoopbackChromium _chromium = null!;

    public async ValueTask InitializeAsync()
    {
        string chromium = Prerequisite.Chromium.Require();
        _service = await ServiceProcess.StartAsync("--model", model.Path);
        _chromium = await LoopbackChromium.LaunchAsync(chromium);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(7)]
    public async Task A_digit_drawn_with_the_mouse_is_shown_as_8x8_pixels_and_read_as_that_digit(int digit)
    {
        var page = await _chromium.OpenAsync(_service.BaseAddress);

        var sent = await DrawAsync(page, digit);
        await Assertions.Expect(page.Locator("#predicted-class")).ToBeVisibleAsync();

        // The 8 x 8 grid shows the very numbers sent to /predict: 0 to 16, whole dots counted as in the data.
        var shown = (await page.Locator("#grid > div").AllTextContentsAsync()).Select(int.Parse).ToArray();
        Assert.Equal(sent, shown);
        Assert.All(shown, value => Assert.InRange(value, 0, 16));
        // Scaled as the data's digits are: a digit taller than wide reaches from the top row to the bottom row.
        Assert.Contains(shown[..8], value => value > 0);
        Assert.Contains(shown[^8..], value => value > 0);

        // The prediction and its bars are the service's answer for those pixels.
        using var client = new HttpClient { BaseAddress = _service.BaseAddress };
        var answer = await (await client.PostAsJsonAsync("predict", new { pixels = sent }, TestContext.Current.CancellationToken))
            .Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        var probabilities = answer!["probabilities"]!.AsArray().Select(p => (double)p!).ToArray();
        Assert.Equal(digit, (int)answer["class"]!);
        Assert.Equal(digit.ToString(), await page.Locator("#predicted-class").TextContentAsync());
        var bars = page.Locator("#bars li");
        Assert.Equal(10, await bars.CountAsync());
        for (int d = 0; d < 10; d++)
            Assert.Equal($"{probabilities[d] * 100:F1}%", await bars.Nth(d).Locator(".percent").TextContentAsync());
        Assert.Equal(digit.ToString(), await page.Locator("#bars li.best").GetAttributeAsync("data-digit"));
        // The best bar is drawn as long as its probability: that share of its track.
        var best = page.Locator("#bars li.best");
        var (fill, track) = ((await best.Locator(".fill").BoundingBoxAsync())!, (await best.Locator(".track").BoundingBoxAsync())!);
        Assert.Equal(probabilities[digit], fill.Width / track.Width, 0.01);
        Assert.Equal((string?)answer["modelVersion"], await page.Locator("#version").TextContentAsync());

        Assert.Empty(_chromium.Blocked);
        Assert.Empty(_chromium.ConsoleErrors);
    }

    [Fact]
    public async Task Clear_empties_the_drawing_the_grid_and_the_prediction()
    {
        var page = await _chromium.OpenAsync(_service.BaseAddress);
        await DrawAsync(page, 7);
        await Assertions.Expect(page.Locator("#predicted-class")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Clear" }).ClickAsync();

        Assert.Equal(0, await page.Locator("#bars li").CountAsync());
        Assert.All(await page.Locator("#grid > div").AllTextContentsAsync(), text => Assert.Equal("", text));
        Assert.Contains("Draw a digit", await page.Locator("#prediction").TextContentAsync());
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Fits_a_phone_and_a_desktop_window_without_sideways_scrolling(int width)
    {
        var page = await _chromium.OpenAsync(_service.BaseAddress, width);
        await DrawAsync(page, 4);
        await Assertions.Expect(page.Locator("#predicted-class")).ToBeVisibleAsync();

        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "no horizontal scrollbar");
        var canvas = (await page.Locator("#pad").BoundingBoxAsync())!;
        Assert.InRange(canvas.Width, 250, 290); // the whole canvas fits, at about its full 280 pixels
        // For a person to look at: artifacts/serve/page-390.png and page-1280.png.
        string folder = Path.Combine(CourseTools.RepositoryRoot.Find(AppContext.BaseDirectory), "artifacts", "serve");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"page-{width}.png"), FullPage = true });
    }

    /// <summary>Draws <paramref name="digit"/> with the mouse; returns the pixels the page then sent to /predict.</summary>
    private static async Task<int[]> DrawAsync(IPage page, int digit)
    {
        var box = (await page.Locator("#pad").BoundingBoxAsync())!;
        double scale = box.Width / 280;
        var strokes = DrawnDigits.Strokes(digit);
        IRequest? last = null;
        for (int s = 0; s < strokes.Length; s++)
        {
            var stroke = strokes[s];
            await page.Mouse.MoveAsync((float)(box.X + stroke[0].X * scale), (float)(box.Y + stroke[0].Y * scale));
            await page.Mouse.DownAsync();
            foreach (var (x, y) in stroke.Skip(1))
                await page.Mouse.MoveAsync((float)(box.X + x * scale), (float)(box.Y + y * scale), new() { Steps = 8 });
            // Each stroke's end asks the service; the last one is the whole digit.
            last = await page.RunAndWaitForRequestAsync(() => page.Mouse.UpAsync(), request => request.Url.EndsWith("/predict"));
        }
        var body = JsonNode.Parse(last!.PostData!)!;
        return body["pixels"]!.AsArray().Select(p => (int)p!).ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        if (_service is not null) await _service.DisposeAsync();
    }
}
