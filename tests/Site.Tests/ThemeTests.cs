using System.Text.Json;
using Microsoft.Playwright;

namespace Site.Tests;

/// <summary>Dark mode: it follows the system's setting, the toggle overrides it and is remembered, and the charts follow.</summary>
[Trait("Tier", "Full")]
public class ThemeTests(OfflineBrowser browser) : ChromiumTests
{
    private const string ChartPage = "04_training_loop.html";

    // Each chart's colours as plotly drew them: the page's background, the plot area's, and its text.
    private const string ChartColours = """
        () => [...document.querySelectorAll('.plotly-chart')].map(gd => ({
            paper: gd._fullLayout.paper_bgcolor, plot: gd._fullLayout.plot_bgcolor, text: gd._fullLayout.font.color,
            tick: gd.querySelector('.xtick text')?.style.fill ?? '' }))
        """;

    private async Task<PageVisit> OpenWithoutChoiceAsync(string page, ColorScheme system)
    {
        var visit = await browser.OpenAsync(CourseSite.PagePath(page), colorScheme: system);
        await visit.Page.EvaluateAsync("() => localStorage.removeItem('course-theme')");
        await visit.Page.ReloadAsync();
        await SitePageReady.WaitAsync(visit);
        return visit;
    }

    private static Task<string> ThemeAsync(PageVisit visit) => visit.Page.EvaluateAsync<string>("() => document.documentElement.dataset.theme");

    private static async Task<string> BackgroundAsync(PageVisit visit) =>
        await visit.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

    [Theory]
    [InlineData(ColorScheme.Light, "light", "rgb(255, 255, 255)")]
    [InlineData(ColorScheme.Dark, "dark", "rgb(13, 17, 23)")]
    public async Task Without_a_choice_the_page_follows_the_system_setting(ColorScheme system, string theme, string background)
    {
        await using var visit = await OpenWithoutChoiceAsync("index.html", system);

        Assert.Equal(theme, await ThemeAsync(visit));
        Assert.Equal(background, await BackgroundAsync(visit));
    }

    [Fact]
    public async Task The_toggle_switches_the_theme_and_the_choice_is_remembered_on_other_pages()
    {
        await using (var visit = await OpenWithoutChoiceAsync("index.html", ColorScheme.Light))
        {
            Assert.Equal("Dark theme", await visit.Page.InnerTextAsync(".theme-toggle"));
            await visit.Page.ClickAsync(".theme-toggle");

            Assert.Equal("dark", await ThemeAsync(visit));
            Assert.Equal("Light theme", await visit.Page.InnerTextAsync(".theme-toggle"));
            Assert.Equal("true", await visit.Page.GetAttributeAsync(".theme-toggle", "aria-pressed"));
        }
        await using (var other = await browser.OpenAsync(CourseSite.PagePath("01_data.html"), colorScheme: ColorScheme.Light))
        {
            Assert.Equal("dark", await ThemeAsync(other)); // the system says light; the reader's choice wins
            Assert.Equal("rgb(13, 17, 23)", await BackgroundAsync(other));
            await other.Page.ClickAsync(".theme-toggle");
            Assert.Equal("light", await ThemeAsync(other));
            Assert.Equal("light", await other.Page.EvaluateAsync<string>("() => localStorage.getItem('course-theme')"));
            Assert.Empty(other.Errors);
        }
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Charts_take_the_theme_s_colours_and_their_text_stays_legible(ColorScheme system)
    {
        await using var visit = await OpenWithoutChoiceAsync(ChartPage, system);
        var pageBackground = await visit.Page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).getPropertyValue('--chart-paper').trim()");
        await visit.Page.WaitForFunctionAsync("bg => [...document.querySelectorAll('.plotly-chart')].every(gd => gd._fullLayout.paper_bgcolor === bg)", pageBackground);

        var charts = (await visit.Page.EvaluateAsync<JsonElement>(ChartColours)).EnumerateArray().ToList();

        Assert.NotEmpty(charts);
        foreach (var chart in charts)
        {
            var paper = chart.GetProperty("paper").GetString()!;
            Assert.Equal(pageBackground, paper);
            Assert.True(ColourContrast.Ratio(chart.GetProperty("text").GetString()!, paper) >= 4.5, $"chart text on {paper}");
            Assert.True(ColourContrast.Ratio(chart.GetProperty("tick").GetString()!, paper) >= 4.5, $"tick labels on {paper}");
        }
        Assert.Empty(visit.Errors);
    }

    [Fact]
    public async Task Toggling_recolours_the_charts_already_drawn()
    {
        await using var visit = await OpenWithoutChoiceAsync(ChartPage, ColorScheme.Light);
        var light = (await visit.Page.EvaluateAsync<JsonElement>(ChartColours))[0].GetProperty("paper").GetString();

        await visit.Page.ClickAsync(".theme-toggle");
        await visit.Page.WaitForFunctionAsync("() => [...document.querySelectorAll('.plotly-chart')].every(gd => gd._fullLayout.paper_bgcolor === '#0d1117')");
        var dark = (await visit.Page.EvaluateAsync<JsonElement>(ChartColours)).EnumerateArray().ToList();
        await visit.Page.EvaluateAsync("() => localStorage.removeItem('course-theme')");

        Assert.Equal("#ffffff", light);
        Assert.All(dark, chart => Assert.True(ColourContrast.Ratio(chart.GetProperty("tick").GetString()!, "#0d1117") >= 4.5));
    }
}
