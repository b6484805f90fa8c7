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
    public void Html_outputs_other_than_dataframes_are_kept_as_they_are()
    {
        const string table = "<table><thead><tr><th>X1</th></tr></thead><tbody><tr><td>0.75</td></tr></tbody></table>";

        Assert.Equal($"<div class=\"output html\">{table}</div>", OutputRenderer.Render(Rich(("text/html", table), ("text/plain", "X1\n0.75"))));
    }

    [Fact]
    public void A_dataframe_becomes_a_plain_table_of_every_row_with_rounded_numbers_and_no_pager()
    {
        // .NET Interactive's shape: a caption, rows hidden for its pager, values in <pre>, emoji buttons with inline scripts.
        const string dataFrame = """
            <table id="table_1"><caption><h3>DataFrame - 2 rows </h3></caption><thead><tr><th><i>index</i></th><th>metric</th><th>value</th><th>support</th></tr></thead>
            <tbody><tr style="display: none"><td><i><div class="dni-plaintext"><pre>0</pre></div></i></td><td>precision</td><td><div class="dni-plaintext"><pre>0.9950999999999999</pre></div></td><td><div class="dni-plaintext"><pre>1000</pre></div></td></tr>
            <tr style="display: none"><td><i><div class="dni-plaintext"><pre>1</pre></div></i></td><td>a &lt;b&gt;</td><td><div class="dni-plaintext"><pre>880.5831</pre></div></td><td><div class="dni-plaintext"><pre>12345678</pre></div></td></tr></tbody>
            <tfoot><tr><td><button onclick="page = 1">⏮</button></td></tr></tfoot></table><style>table td { }</style><script>var page = 0;</script>
            """;

        var html = OutputRenderer.Render(Rich(("text/html", dataFrame)));

        Assert.Equal("<div class=\"output html dataframe\"><table><thead><tr><th scope=\"col\">index</th><th scope=\"col\">metric</th>" +
                     "<th scope=\"col\">value</th><th scope=\"col\">support</th></tr></thead><tbody>" +
                     "<tr><td class=\"number\">0</td><td>precision</td><td class=\"number\">0.9951</td><td class=\"number\">1000</td></tr>" +
                     "<tr><td class=\"number\">1</td><td>a &lt;b&gt;</td><td class=\"number\">880.583</td><td class=\"number\">12345678</td></tr>" +
                     "</tbody></table><p class=\"table-size\">2 rows, 4 columns</p></div>", html);
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

        Assert.StartsWith("<div class=\"chart\"><div id=\"chart-1\" class=\"plotly-chart\" style=\"min-height: 450px\"></div><script type=\"application/json\" class=\"plotly-figure\" data-chart=\"chart-1\">", html);
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

public class ReaderOutputRenderingTests
{
    private static readonly MachinePaths Paths = new("/work/course");

    private static RichOutput Rich(string mime, string content) => new(new Dictionary<string, string> { [mime] = content });

    [Fact]
    public void Machine_paths_are_taken_out_of_text_errors_and_html()
    {
        var stream = OutputRenderer.Render(new StreamOutput("stdout", "saved /root/models/m.pt\n"), Paths);
        var error = OutputRenderer.Render(new ErrorOutput("Error", "boom", ["   at X in /home/ana/.nuget/packages/torchsharp/0.107.0/src/T.cs:line 3"]), Paths);
        var html = OutputRenderer.Render(Rich("text/html", "<td>/work/course/data/x.csv</td>"), Paths);

        Assert.Equal("<pre class=\"output stream stdout\">saved ~/models/m.pt\n</pre>", stream);
        Assert.Contains("at X in ~/.nuget/packages/torchsharp/0.107.0/src/T.cs:line 3", error);
        Assert.Equal("<div class=\"output html\"><td>data/x.csv</td></div>", html);
    }

    [Fact]
    public void An_output_of_nothing_but_setup_chatter_is_left_out()
    {
        Assert.Equal("", OutputRenderer.Render(new StreamOutput("stdout", "libtorch loaded from /root/.nuget/packages/libtorch-cpu-linux-x64/2.10.0/runtimes/linux-x64/native.\n"), Paths));
    }

    [Fact]
    public void A_long_text_output_shows_its_first_lines_and_folds_the_rest()
    {
        var text = string.Concat(Enumerable.Range(1, 30).Select(i => $"line {i}\n"));

        var html = OutputRenderer.Render(new StreamOutput("stdout", text), Paths);

        Assert.StartsWith("<div class=\"output stream stdout folded\"><pre>line 1\n", html);
        Assert.Contains($"line {OutputRenderer.ShownLines}\n</pre><details><summary>Show the other {30 - OutputRenderer.ShownLines} lines</summary><pre>line {OutputRenderer.ShownLines + 1}\n", html);
        Assert.EndsWith("line 30\n</pre></details></div>", html);
    }

    [Fact]
    public void An_output_as_long_as_the_fold_is_shown_whole()
    {
        var text = string.Concat(Enumerable.Range(1, OutputRenderer.FoldAfterLines).Select(i => $"line {i}\n"));

        Assert.Equal($"<pre class=\"output stream stdout\">{text}</pre>", OutputRenderer.Render(new StreamOutput("stdout", text), Paths));
    }

    [Theory]
    [InlineData("\"><script>alert(1)</script>")]
    [InlineData("iVBORw0KGgo=\" onerror=\"alert(1)")]
    [InlineData("not base64 at all!")]
    public void Image_data_that_is_not_base64_is_not_shown(string data)
    {
        Assert.Equal("<p class=\"output unsupported\">(an image/png output whose data is not base64 is not shown here)</p>",
            OutputRenderer.Render(Rich("image/png", data), Paths));
    }

    [Fact]
    public void An_svg_is_shown_as_an_image_so_its_scripts_never_run()
    {
        var html = OutputRenderer.Render(Rich("image/svg+xml", "<svg><script>alert(1)</script></svg>"), Paths);

        Assert.StartsWith("<div class=\"output image\"><img alt=\"output image\" src=\"data:image/svg+xml;base64,", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void The_notebook_s_own_plotly_js_is_left_out_by_its_marker()
    {
        Assert.Equal("", OutputRenderer.Render(Rich("text/html", $"{PlotlyLibraryOutput.Marker}<script>/* plotly.js */ Plotly.newPlot = function(){{}};</script>"), Paths));
    }

    [Fact]
    public void The_notebook_s_own_plotly_js_is_left_out_by_its_size_and_banner_without_a_marker()
    {
        var bundle = "<script>/**\n* plotly.js v2.28.0\n*/" + new string('x', 1_100_000) + "Plotly.newPlot=function(){};</script>";

        Assert.Equal("", OutputRenderer.Render(Rich("text/html", bundle), Paths));
    }
}
