using System.Text.Json;

namespace Site.Tests;

/// <summary>
/// The site on a phone's width (390 px) and as the window changes: wide code scrolls inside its box, charts and
/// legends follow the window. (That every page fits both widths is <see cref="EveryPage"/>'s.)
/// </summary>
[Trait("Tier", "Full")]
public class MobileTests(OfflineBrowser browser) : ChromiumTests
{
    [Fact]
    public async Task On_a_phone_wide_code_scrolls_inside_its_box()
    {
        await using var visit = await browser.OpenAsync(CourseSite.PagePath("04_training_loop.html"), 390);

        var boxes = (await visit.Page.EvaluateAsync<JsonElement>(
            "() => [...document.querySelectorAll('pre.source')].map(p => ({ scroll: p.scrollWidth, client: p.clientWidth, overflow: getComputedStyle(p).overflowX }))"))
            .EnumerateArray().ToList();

        Assert.Contains(boxes, b => b.GetProperty("scroll").GetInt32() > b.GetProperty("client").GetInt32());
        Assert.All(boxes, b => Assert.Equal("auto", b.GetProperty("overflow").GetString()));
        Assert.True(await visit.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390);
    }

    [Fact]
    public async Task Charts_resize_with_the_window()
    {
        await using var visit = await browser.OpenAsync(CourseSite.PagePath("04_training_loop.html"), 1280);
        await SitePageReady.WaitAsync(visit);
        // The widest chart of the page (a chart may be drawn narrower than the column on purpose, a square plot say).
        const string WidestChart = "() => Math.max(...[...document.querySelectorAll('.plotly-chart .main-svg')].map(svg => svg.getBoundingClientRect().width))";
        var wide = await visit.Page.EvaluateAsync<double>(WidestChart);

        await visit.Page.SetViewportSizeAsync(390, 900);
        await visit.Page.WaitForFunctionAsync($"() => ({WidestChart})() <= 390");
        var narrow = await visit.Page.EvaluateAsync<double>(WidestChart);

        Assert.True(wide > 600, $"the widest chart is {wide} px wide at 1280");
        Assert.True(narrow < 390, $"the widest chart is {narrow} px wide at 390");
    }

    [Fact]
    public async Task On_a_phone_legends_move_below_the_plot_and_back_on_a_wide_screen()
    {
        await using var visit = await browser.OpenAsync(CourseSite.PagePath("10_minibatches.html"), 1280);
        await SitePageReady.WaitAsync(visit);
        const string Orientations = "() => [...document.querySelectorAll('.plotly-chart')].filter(gd => gd._fullLayout.showlegend).map(gd => gd._fullLayout.legend.orientation)";
        var wide = await visit.Page.EvaluateAsync<string[]>(Orientations);

        await visit.Page.SetViewportSizeAsync(390, 900);
        await visit.Page.WaitForFunctionAsync($"() => ({Orientations})().every(o => o === 'h')");
        await visit.Page.SetViewportSizeAsync(1280, 900);
        await visit.Page.WaitForFunctionAsync($"() => ({Orientations})().every(o => o === 'v')");

        Assert.NotEmpty(wide);
        Assert.All(wide, o => Assert.Equal("v", o));
        Assert.Empty(visit.Errors);
    }
}
