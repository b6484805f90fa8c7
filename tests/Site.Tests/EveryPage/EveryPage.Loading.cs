using System.Text.Json;

namespace Site.Tests;

/// <summary>Every page loads offline without an error, and draws every chart its notebook made.</summary>
public partial class EveryPage
{
    private static readonly PageProbe Heading = new("the h1's text", async page => await page.InnerTextAsync("h1"));

    // What each chart drew: plotly's own record of the traces, and the trace groups in the plot's SVG
    // (scatter and bar traces are each a g.trace in their layer; a heatmap is a g.hm).
    private static readonly PageProbe DrawnCharts = PageProbe.Script<JsonElement>("the charts drawn", """
        () => [...document.querySelectorAll('.plotly-chart')].map(gd => ({
            id: gd.id,
            svgs: gd.querySelectorAll('svg.main-svg').length,
            traces: (gd._fullData || []).length,
            drawn: gd.querySelectorAll('.cartesianlayer g.trace, .cartesianlayer g.hm').length,
        }))
        """);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_loads_offline_without_console_errors(string page)
    {
        var view = await ViewAsync(page);

        Assert.Empty(view.OffsiteRequests);
        Assert.Empty(view.Errors);
        Assert.NotEmpty(view.Get<string>(Heading));
    }

    [Theory]
    [MemberData(nameof(ChapterPages))]
    public async Task Every_chart_draws_all_the_traces_of_its_notebook(string page)
    {
        var expected = site.ExpectedCharts(page);
        var view = await ViewAsync(page);

        var drawn = view.Get<JsonElement>(DrawnCharts).EnumerateArray().ToList();

        Assert.Equal(expected.Keys.Order(), drawn.Select(c => c.GetProperty("id").GetString()!).Order());
        foreach (var chart in drawn)
        {
            var id = chart.GetProperty("id").GetString()!;
            Assert.True(chart.GetProperty("svgs").GetInt32() > 0, $"{page}: chart {id} has no plot SVG");
            Assert.Equal((id, expected[id]), (id, chart.GetProperty("traces").GetInt32()));
            Assert.Equal((id, expected[id]), (id, chart.GetProperty("drawn").GetInt32()));
        }
    }
}
