using System.Text.Json;

namespace Site.Tests;

/// <summary>Every page loads offline without an error, and draws every chart its notebook made.</summary>
public partial class EveryPage
{
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

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_loads_offline_without_console_errors(string page)
    {
        var visit = await ViewAsync(page);

        Assert.Empty(visit.OffsiteRequests);
        Assert.Empty(visit.Errors);
        Assert.NotEmpty(await visit.Page.InnerTextAsync("h1"));
    }

    [Theory]
    [MemberData(nameof(ChapterPages))]
    public async Task Every_chart_draws_all_the_traces_of_its_notebook(string page)
    {
        var expected = site.ExpectedCharts(page);
        var visit = await ViewAsync(page);

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
}
