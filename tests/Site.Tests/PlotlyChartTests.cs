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

        // The figure waits beside its box, as data, for site.js to draw it once the page's plotly.js has loaded.
        Assert.StartsWith($"<div class=\"chart\"><div id=\"{Id}\" class=\"plotly-chart\" style=\"min-height: 450px\"></div>" +
                          $"<script type=\"application/json\" class=\"plotly-figure\" data-chart=\"{Id}\">{{\"data\":[{{\"type\":\"scatter\"", html);
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

    // The shape of a chart once the notebook carries plotly.js itself: Plotly.newPlot called directly, no loader.
    private const string DirectChart = """
        <div id="loss-chart"></div><script type="text/javascript">
        var data = [{"type":"scatter","name":"Train loss","x":[1,2],"y":[0.7,0.6]},{"type":"scatter","name":"Test loss","x":[1,2],"y":[0.71,0.65]}];
        var layout = {"title":{"text":"Loss curves"}};
        var config = {"displaylogo":false};
        Plotly.newPlot("loss-chart", data, layout, config);
        </script>
        """;

    [Fact]
    public void A_chart_drawn_without_the_cdn_loader_is_read_and_names_no_version()
    {
        var chart = PlotlyChart.Parse(DirectChart);

        Assert.Equal("loss-chart", chart.ElementId);
        Assert.Equal(2, chart.Data.Count);
        Assert.Null(chart.PlotlyVersion);
        Assert.Contains("<div id=\"loss-chart\" class=\"plotly-chart\" style=\"min-height: 450px\"></div><script type=\"application/json\" class=\"plotly-figure\" data-chart=\"loss-chart\">", chart.ToOfflineHtml());
    }

    [Fact]
    public void The_description_names_the_title_and_the_traces()
    {
        Assert.Equal("Chart: Loss curves. 2 traces: Train loss, Test loss.", PlotlyChart.Parse(DirectChart).Description);
    }

    [Fact]
    public void Without_a_title_the_description_names_the_axes()
    {
        var chart = PlotlyChart.Parse(PlotlyNetChart.Html(Id, PlotlyNetChart.TwoTraces, layout: """{"xaxis":{"title":{"text":"X"}},"yaxis":{"title":{"text":"y"}}}"""));

        Assert.Equal("Chart: y against X. 2 traces: Training data, Testing data.", chart.Description);
    }

    [Fact]
    public void Offline_charts_resize_with_their_box_unless_the_notebook_said_otherwise()
    {
        Assert.Contains("{\"displaylogo\":false,\"responsive\":true}", PlotlyChart.Parse(DirectChart).ToOfflineHtml());
        Assert.Contains("{\"responsive\":false}", PlotlyChart.Parse(PlotlyNetChart.Html(Id, PlotlyNetChart.TwoTraces, config: """{"responsive":false}""")).ToOfflineHtml());
    }

    [Fact]
    public void The_description_is_escaped_and_sits_beside_the_chart()
    {
        var traces = """[{"type":"scatter","name":"<b onmouseover=x()>a</b>","x":[1],"y":[2]}]""";

        var html = PlotlyChart.Parse(PlotlyNetChart.Html(Id, traces)).ToOfflineHtml();

        Assert.EndsWith($"</script><p class=\"chart-description visually-hidden\" id=\"{Id}-description\">" +
                        "Chart: a chart. 1 trace: &lt;b onmouseover=x()&gt;a&lt;/b&gt;.</p></div>", html);
    }

    [Fact]
    public void A_fixed_width_becomes_the_box_s_largest_width_so_the_chart_can_shrink_on_a_phone()
    {
        var html = PlotlyChart.Parse(PlotlyNetChart.Html(Id, PlotlyNetChart.TwoTraces, layout: """{"width":600,"height":600}""")).ToOfflineHtml();

        Assert.StartsWith($"<div class=\"chart\" style=\"max-width: 616px\"><div id=\"{Id}\" class=\"plotly-chart\" style=\"min-height: 600px\"></div>", html);
        Assert.Contains("{\"height\":600,\"autosize\":true}", html);
    }
}
