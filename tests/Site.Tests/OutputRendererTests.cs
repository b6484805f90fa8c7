using SiteBuilder.Notebooks;
using SiteBuilder.Rendering;

namespace Site.Tests;

public class OutputRendererTests
{
    private static RichOutput Rich(params (string Mime, string Content)[] data) =>
        new(data.ToDictionary(d => d.Mime, d => d.Content));

    [Fact]
    public void Standard_output_is_preformatted_and_escaped()
    {
        Assert.Equal("<pre class=\"output stream stdout\">Epoch: 0 | Loss: 0.69569 &lt;- start\n</pre>",
            OutputRenderer.Render(new StreamOutput("stdout", "Epoch: 0 | Loss: 0.69569 <- start\n")));
    }

    [Fact]
    public void Standard_error_is_marked_as_such()
    {
        Assert.StartsWith("<pre class=\"output stream stderr\">", OutputRenderer.Render(new StreamOutput("stderr", "warning")));
    }

    [Fact]
    public void Errors_show_name_message_and_traceback_without_terminal_colour_codes()
    {
        var html = OutputRenderer.Render(new ErrorOutput("Error", "(1,5): error CS0103: The name 'x' does not exist",
            ["\u001b[31m(1,5): error CS0103: The name 'x' does not exist\u001b[0m", "   at Submission#3.<Initialize>()"]));

        Assert.Equal("<pre class=\"output error\">Error: (1,5): error CS0103: The name &#39;x&#39; does not exist\n" +
                     "   at Submission#3.&lt;Initialize&gt;()</pre>", html);
    }

    [Fact]
    public void Html_outputs_such_as_DataFrame_tables_are_kept_as_they_are()
    {
        const string table = "<table id=\"table_1\"><thead><tr><th>X1</th></tr></thead><tbody><tr><td>0.75</td></tr></tbody></table>";

        Assert.Equal($"<div class=\"output html\">{table}</div>", OutputRenderer.Render(Rich(("text/html", table), ("text/plain", "X1\n0.75"))));
    }

    [Fact]
    public void Plain_text_results_are_preformatted()
    {
        Assert.Equal("<pre class=\"output text\">[[0.7542, 0.2315]]</pre>", OutputRenderer.Render(Rich(("text/plain", "[[0.7542, 0.2315]]"))));
    }

    [Fact]
    public void Png_images_are_inlined_as_data_urls()
    {
        Assert.Equal("<div class=\"output image\"><img alt=\"output image\" src=\"data:image/png;base64,iVBORw0KGgo=\"></div>",
            OutputRenderer.Render(Rich(("image/png", "iVBORw0KGgo=\n"))));
    }

    [Fact]
    public void Charts_are_redrawn_without_their_cdn_loader()
    {
        var html = OutputRenderer.Render(Rich(("text/html", PlotlyNetChart.Html("chart-1", PlotlyNetChart.TwoTraces))));

        Assert.StartsWith("<div class=\"chart\"><div id=\"chart-1\" class=\"plotly-chart\"></div><script>Plotly.newPlot(\"chart-1\", ", html);
        Assert.DoesNotContain("cdn.plot.ly", html);
        Assert.DoesNotContain("cdnjs", html);
    }

    [Fact]
    public void A_chart_made_for_another_plotly_version_is_refused()
    {
        var html = PlotlyNetChart.Html("chart-1", PlotlyNetChart.TwoTraces).Replace("plotly-2.28.0.min", "plotly-3.0.1.min");

        var error = Assert.Throws<FormatException>(() => OutputRenderer.Render(Rich(("text/html", html))));

        Assert.StartsWith("A chart was made for plotly.js 3.0.1, but the site ships 2.28.0", error.Message);
    }

    [Fact]
    public void Outputs_of_unknown_types_say_so()
    {
        Assert.Equal("<p class=\"output unsupported\">(an output of type application/vnd.custom+json is not shown here)</p>",
            OutputRenderer.Render(Rich(("application/vnd.custom+json", "{}"))));
    }
}
