namespace Site.Tests;

/// <summary>The browser harness itself: it must notice a page that reaches for the network, or the offline checks prove nothing.</summary>
[Trait("Tier", "Full")]
public sealed class OfflineBrowserTests(OfflineBrowser browser) : ChromiumTests, IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_page_that_loads_a_script_from_a_cdn_is_caught_and_gets_nothing()
    {
        var page = folder.Combine("cdn.html");
        File.WriteAllText(page, """
            <!DOCTYPE html><html><head><script src="https://cdn.plot.ly/plotly-2.28.0.min.js"></script></head>
            <body><h1>CDN</h1><script>document.title = typeof Plotly;</script></body></html>
            """);

        await using var visit = await browser.OpenAsync(page);

        Assert.Equal(["https://cdn.plot.ly/plotly-2.28.0.min.js"], visit.OffsiteRequests);
        Assert.Equal("undefined", await visit.Page.TitleAsync());
        Assert.NotEmpty(visit.Errors); // Chromium logs the failed load
    }

    [Fact]
    public async Task Script_errors_on_a_page_are_reported()
    {
        var page = folder.Combine("broken.html");
        File.WriteAllText(page, "<!DOCTYPE html><html><body><script>console.error('drawn badly'); undefinedFunction();</script></body></html>");

        await using var visit = await browser.OpenAsync(page);

        Assert.Equal(2, visit.Errors.Count);
        Assert.Equal("console: drawn badly", visit.Errors.First());
        Assert.Contains("undefinedFunction", visit.Errors.Last());
    }
}
