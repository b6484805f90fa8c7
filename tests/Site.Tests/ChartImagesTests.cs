using Microsoft.Playwright;
using SiteBuilder.Downloads;
using SiteBuilder.Rendering;

namespace Site.Tests;

/// <summary>
/// The site builder's chart images, drawn in Chromium by plotly.js: a PNG at the chart's own size, two image pixels per
/// CSS pixel, showing the chart's traces in their colours (counted in the decoded image, in the same browser).
/// </summary>
[Trait("Tier", "Full")]
public class ChartImagesTests
{
    // Two traces in the course's first two colours, large markers so that each covers many pixels.
    private const string Traces =
        """[{"type":"scatter","name":"Train","mode":"markers","marker":{"size":30,"color":"#0072B2"},"x":[0,1,2],"y":[0,1,2]},""" +
        """{"type":"scatter","name":"Test","mode":"markers","marker":{"size":30,"color":"#D55E00"},"x":[0,1,2],"y":[2,1,0]}]""";

    // How many pixels of the PNG are (near) each colour, counted by the browser that decodes it.
    private const string CountColours = """
        async ([dataUrl, colours]) => {
            const bitmap = await createImageBitmap(await (await fetch(dataUrl)).blob());
            const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
            const context = canvas.getContext('2d');
            context.drawImage(bitmap, 0, 0);
            const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
            const counts = colours.map(() => 0);
            for (let i = 0; i < pixels.length; i += 4)
                colours.forEach(([r, g, b], c) => {
                    if (Math.abs(pixels[i] - r) < 8 && Math.abs(pixels[i + 1] - g) < 8 && Math.abs(pixels[i + 2] - b) < 8) counts[c]++;
                });
            return { width: bitmap.width, height: bitmap.height, counts };
        }
        """;

    [Fact]
    public async Task A_chart_is_drawn_as_a_PNG_at_twice_its_size_with_every_trace_in_its_colour()
    {
        var chart = PlotlyChart.Parse(PlotlyNetChart.Html("c1", Traces, """{"width":600,"height":300}"""));

        ChartImage image;
        using (var images = ChartImages.Start(Prerequisite.Chromium.Require()))
            image = images.Draw(chart);

        Assert.Equal((600, 300), (image.Width, image.Height));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, image.Png[..4]);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Prerequisite.Chromium.Require(), Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync();
        var decoded = await page.EvaluateAsync<System.Text.Json.JsonElement>(CountColours,
            new object[] { "data:image/png;base64," + Convert.ToBase64String(image.Png), new[] { new[] { 0, 114, 178 }, new[] { 213, 94, 0 } } });
        Assert.Equal((1200, 600), (decoded.GetProperty("width").GetInt32(), decoded.GetProperty("height").GetInt32()));
        // Three markers 30 px across at scale 2: each trace covers thousands of pixels; an empty chart none.
        Assert.All(decoded.GetProperty("counts").EnumerateArray(), count => Assert.InRange(count.GetInt32(), 3_000, 100_000));
    }

    [Fact]
    public void A_chart_without_a_size_is_drawn_at_plotly_s_own_700_by_450()
    {
        var chart = PlotlyChart.Parse(PlotlyNetChart.Html("c2", Traces, "{}"));

        using var images = ChartImages.Start(Prerequisite.Chromium.Require());
        var image = images.Draw(chart);

        Assert.Equal((700, 450), (image.Width, image.Height));
    }
}
