using System.Text.Json;

namespace Site.Tests;

/// <summary>The real course site in headless Chromium with the network off.</summary>
[Trait("Tier", "Full")]
public class BrowserTests(CourseSite site, OfflineBrowser browser) : ChromiumTests
{
    private static readonly string ScreenshotFolder =
        Path.GetFullPath(Path.Combine(CourseSite.Options.SiteRoot, "..", "site-screenshots"));

    // What each chart drew: plotly's own record of the traces, and the trace groups in the plot's SVG
    // (scatter and bar traces are each a g.trace in their layer; a heatmap is a g.hm).
    private const string DrawnCharts = """
        () => [...document.querySelectorAll('.plotly-chart')].map(gd => ({
            id: gd.id,
            svgs: gd.querySelectorAll('svg.main-svg').length,
            traces: (gd._fullData || []).length,
            drawn: gd.querySelectorAll('.cartesianlayer g.trace, .cartesianlayer g.hm').length,
        }))
        """;

    private const string EveryChartDrawn =
        "() => [...document.querySelectorAll('.plotly-chart')].every(gd => gd._fullLayout && gd.querySelector('svg.main-svg'))";

    [Theory]
    [MemberData(nameof(CourseSite.Pages), MemberType = typeof(CourseSite))]
    public async Task Every_page_loads_offline_without_console_errors(string page)
    {
        await using var visit = await browser.OpenAsync(CourseSite.PagePath(page));
        await visit.Page.WaitForFunctionAsync(EveryChartDrawn);

        Directory.CreateDirectory(ScreenshotFolder);
        await visit.Page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, Path.ChangeExtension(page, ".png")), FullPage = true });

        Assert.Empty(visit.OffsiteRequests);
        Assert.Empty(visit.Errors);
        Assert.NotEmpty(await visit.Page.InnerTextAsync("h1"));
    }

    [Theory]
    [MemberData(nameof(CourseSite.ChapterPages), MemberType = typeof(CourseSite))]
    public async Task Every_chart_draws_all_the_traces_of_its_notebook(string page)
    {
        var expected = site.ExpectedCharts(page);
        await using var visit = await browser.OpenAsync(CourseSite.PagePath(page));
        await visit.Page.WaitForFunctionAsync(EveryChartDrawn);

        var drawn = (await visit.Page.EvaluateAsync<JsonElement>(DrawnCharts)).EnumerateArray().ToList();

        Assert.Equal(expected.Keys.Order(), drawn.Select(c => c.GetProperty("id").GetString()!).Order());
        foreach (var chart in drawn)
        {
            var id = chart.GetProperty("id").GetString()!;
            Assert.True(chart.GetProperty("svgs").GetInt32() > 0, $"{page}: chart {id} has no plot SVG");
            Assert.Equal((id, expected[id]), (id, chart.GetProperty("traces").GetInt32()));
            Assert.Equal((id, expected[id]), (id, chart.GetProperty("drawn").GetInt32()));
        }
    }

    [Fact]
    public async Task Next_and_previous_links_walk_the_chapters_in_order()
    {
        var chapters = site.Build.Chapters;
        await using var visit = await browser.OpenAsync(CourseSite.PagePath("index.html"));

        await visit.FollowAsync($".chapters a[href='{chapters[0].PageName}']");
        var forward = new List<string> { await CurrentPageAsync(visit) };
        while (await visit.Page.Locator(".chapter-nav.top a.next").CountAsync() > 0)
        {
            await visit.FollowAsync(".chapter-nav.top a.next");
            forward.Add(await CurrentPageAsync(visit));
            Assert.Equal(chapters[forward.Count - 1].Title, await visit.Page.InnerTextAsync("main h1"));
        }
        var backward = new List<string> { forward[^1] };
        while (await visit.Page.Locator(".chapter-nav.bottom a.previous").CountAsync() > 0)
        {
            await visit.FollowAsync(".chapter-nav.bottom a.previous");
            backward.Add(await CurrentPageAsync(visit));
        }
        await visit.FollowAsync(".chapter-nav.top a.contents");

        Assert.Equal(chapters.Select(c => c.PageName), forward);
        Assert.Equal(chapters.Select(c => c.PageName).Reverse(), backward);
        Assert.Equal("index.html", await CurrentPageAsync(visit));
        Assert.Empty(visit.OffsiteRequests);
        Assert.Empty(visit.Errors);
    }

    private static Task<string> CurrentPageAsync(PageVisit visit) =>
        Task.FromResult(Path.GetFileName(new Uri(visit.Page.Url).LocalPath));
}
