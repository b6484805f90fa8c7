using SiteBuilder.Rendering;

namespace Site.Tests;

public class PlotlyChartTests
{
    private const string Id = "f5932668-6aba-4785-933b-cc9269294469";

    [Fact]
    public void Reads_the_figure_and_the_plotly_version_from_Plotly_NET_Interactive_html()
    {
        var chart = PlotlyChart.Parse(PlotlyNetChart.Html(Id, PlotlyNetChart.TwoTraces, config: """{"responsive":true}"""));

        Assert.Equal(Id, chart.ElementId);
        Assert.Equal(2, chart.Data.Count);
        Assert.Equal("Testing data", (string?)chart.Data[1]!["name"]);
        Assert.Equal("X", (string?)chart.Layout["xaxis"]!["title"]!["text"]);
        Assert.True((bool)chart.Config["responsive"]!);
        Assert.Equal("2.28.0", chart.PlotlyVersion);
    }

    [Fact]
    public void Offline_html_draws_with_the_page_s_plotly_and_loads_nothing()
    {
        var html = PlotlyChart.Parse(PlotlyNetChart.Html(Id, PlotlyNetChart.TwoTraces)).ToOfflineHtml();

        Assert.StartsWith($"<div class=\"chart\"><div id=\"{Id}\" class=\"plotly-chart\"></div><script>Plotly.newPlot(\"{Id}\", [{{\"type\":\"scatter\"", html);
        Assert.DoesNotContain("http", html);
        Assert.DoesNotContain("require", html);
        Assert.Empty(OffsiteReferences.In(html));
    }

    [Fact]
    public void A_trace_name_cannot_close_the_script_element()
    {
        var traces = """[{"type":"scatter","name":"</script><script>alert(1)</script>","x":[1],"y":[2]}]""";

        var html = PlotlyChart.Parse(PlotlyNetChart.Html(Id, traces)).ToOfflineHtml();

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "</script>"));
    }

    [Fact]
    public void Html_that_calls_newPlot_in_another_shape_is_refused()
    {
        var error = Assert.Throws<FormatException>(() => PlotlyChart.Parse("<script>Plotly.newPlot('x', someData)</script>"));

        Assert.Contains("Plotly.NET.Interactive", error.Message);
    }

    [Fact]
    public void A_figure_that_is_not_json_is_refused()
    {
        Assert.Throws<FormatException>(() => PlotlyChart.Parse(PlotlyNetChart.Html(Id, "[{type:'scatter'}]")));
    }
}
