using System.Text.Json.Nodes;
using CourseTests;
using SiteBuilder.Downloads;
using SiteBuilder.Rendering;
using SiteBuilder.Site;
using static Site.Tests.FixtureNotebook;

namespace Site.Tests;

/// <summary>
/// The executed notebook a chapter page offers for download, as the builder makes it (no browser here: the chart images
/// are given): each chart carries its image inside its HTML, where an untrusted Jupyter shows it, and as image/png; the
/// notebook's copy of plotly.js gives way to a sentence; the figures its markdown shows travel in it as attachments;
/// every cell has the id nbformat 4.5 requires. Jupyter showing it untrusted is JupyterDownloadTests' (full tier).
/// </summary>
public sealed class ExecutedDownloadTests : IDisposable
{
    private const string Svg = """<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><title>t</title></svg>""";
    private static readonly ChartImage Image = new([0x89, 0x50, 0x4E, 0x47, 1, 2, 3], 700, 450);
    private static readonly string ImageBase64 = Convert.ToBase64String(Image.Png);

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static JsonObject Notebook(string json) => JsonNode.Parse(json)!.AsObject();

    private static JsonObject OnlyOutput(JsonObject notebook) => notebook["cells"]![0]!["outputs"]![0]!.AsObject();

    private static string Chart(string id = "chart-1") => PlotlyNetChart.Html(id, PlotlyNetChart.TwoTraces,
        """{"title":{"text":"Loss curves"},"width":900,"height":380}""");

    [Fact]
    public void A_chart_carries_its_image_inside_its_HTML_right_after_the_chart_s_div_and_as_image_png()
    {
        var executed = Json(Code("Plot();", Display("text/html", Chart())));

        var result = ExecutedDownload.Make(executed, "04_x.ipynb", _ => Image, []);

        var output = OnlyOutput(Notebook(result.Json));
        var html = (string)output["data"]!["text/html"]!;
        var img = $"<img class=\"course-static-chart\" src=\"data:image/png;base64,{ImageBase64}\" width=\"700\" height=\"450\" " +
                  "alt=\"Chart: Loss curves. 2 traces: Training data, Testing data.\">";
        Assert.Contains($"<div id=\"chart-1\"><!-- Plotly chart will be drawn inside this DIV --></div>{img}<script", html);
        Assert.StartsWith(ExecutedDownload.HideImageOnceDrawn, html);
        Assert.Equal(ImageBase64, (string)output["data"]!["image/png"]!);
        Assert.Equal(700, (int)output["metadata"]!["image/png"]!["width"]!);
        Assert.Equal(450, (int)output["metadata"]!["image/png"]!["height"]!);
        Assert.Equal((1, 1), (result.Charts, result.ChartsWithImages));
        // The chart itself is untouched: where scripts run it still draws.
        Assert.Equal(PlotlyChart.Parse(Chart()).Data.ToJsonString(), PlotlyChart.Parse(html).Data.ToJsonString());
    }

    [Fact]
    public void The_rule_that_hides_the_image_matches_only_an_image_after_a_chart_plotly_js_has_drawn()
    {
        // plotly.js adds js-plotly-plot to the div it draws in; an untrusted Jupyter strips <style> and the script alike.
        Assert.Equal("<style>.js-plotly-plot + img.course-static-chart { display: none; }</style>", ExecutedDownload.HideImageOnceDrawn);
    }

    [Fact]
    public void A_chart_whose_image_could_not_be_drawn_stays_as_it_was_and_is_counted()
    {
        var executed = Json(Code("Plot();", Display("text/html", Chart())));

        var result = ExecutedDownload.Make(executed, "04_x.ipynb", _ => null, []);

        var data = OnlyOutput(Notebook(result.Json))["data"]!.AsObject();
        Assert.Equal(["text/html"], data.Select(kv => kv.Key));
        Assert.Equal(Chart(), NotebookJson.JoinedText(data["text/html"]));
        Assert.Equal((1, 0), (result.Charts, result.ChartsWithImages));
    }

    [Fact]
    public void The_notebook_s_copy_of_plotly_js_gives_way_to_a_sentence_saying_why_and_other_HTML_is_kept()
    {
        var library = PlotlyLibraryOutput.Marker + "<script>/* plotly.js v2.28.0 */</script>";
        var executed = Json(Code("#!setup", Display("text/html", library), Display("text/html", "<table><tr><td>1</td></tr></table>")));

        var outputs = Notebook(ExecutedDownload.Make(executed, "01_x.ipynb", _ => Image, []).Json)["cells"]![0]!["outputs"]!.AsArray();

        Assert.Equal(ExecutedDownload.PlotlyLeftOut, (string)outputs[0]!["data"]!["text/plain"]!);
        Assert.Equal(["text/plain"], outputs[0]!["data"]!.AsObject().Select(kv => kv.Key));
        Assert.DoesNotContain("plotly.js v2.28.0", outputs.ToJsonString());
        Assert.Equal("<table><tr><td>1</td></tr></table>", NotebookJson.JoinedText(outputs[1]!["data"]!["text/html"]));
    }

    [Fact]
    public void A_figure_the_markdown_shows_travels_inside_the_cell_as_an_attachment_the_link_points_to()
    {
        var figurePath = folder.Combine("notebooks", "figures", "loop.svg");
        Directory.CreateDirectory(Path.GetDirectoryName(figurePath)!);
        File.WriteAllText(figurePath, Svg);
        var figures = new[] { new ChapterFigure("figures/loop.svg", figurePath, "images/figures/loop.svg") };
        var executed = Json(Markdown("# Loop\n\n![The five steps](figures/loop.svg)\n\nAgain: ![The five steps](figures/loop.svg \"the loop\") ![Once more](<figures/loop.svg>)"));

        var result = ExecutedDownload.Make(executed, "04_x.ipynb", _ => Image, figures);

        var cell = Notebook(result.Json)["cells"]![0]!.AsObject();
        Assert.Equal("# Loop\n\n![The five steps](attachment:loop.svg)\n\nAgain: ![The five steps](attachment:loop.svg \"the loop\") ![Once more](<attachment:loop.svg>)",
            NotebookJson.JoinedText(cell["source"]));
        Assert.Equal(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Svg)), (string)cell["attachments"]!["loop.svg"]!["image/svg+xml"]!);
        Assert.Empty(MarkdownImages.LocalImages(NotebookJson.JoinedText(cell["source"])));
        Assert.Equal(3, result.Figures);
    }

    [Fact]
    public void A_figure_that_is_not_one_of_the_chapter_s_checked_figures_is_refused_naming_it()
    {
        var executed = Json(Markdown("![A stray picture](figures/stray.svg)"));

        var error = Assert.Throws<InvalidDataException>(() => ExecutedDownload.Make(executed, "04_x.ipynb", _ => Image, []));

        Assert.Equal("04_x.ipynb: the figure \"figures/stray.svg\" is not one the chapter's figures were checked for.", error.Message);
    }

    [Fact]
    public void Every_cell_of_an_nbformat_4_5_notebook_gets_an_id_and_one_it_has_is_kept()
    {
        var notebook = Notebook(Json(Markdown("# A"), Code("1"), Markdown("# B")));
        notebook["nbformat_minor"] = 5;
        notebook["cells"]![1]!["id"] = "cell-1";

        var cells = Notebook(ExecutedDownload.Make(notebook.ToJsonString(), "01_x.ipynb", _ => Image, []).Json)["cells"]!.AsArray();

        Assert.Equal(["cell-1-", "cell-1", "cell-3"], cells.Select(c => (string)c!["id"]!));
    }

    [Fact]
    public void A_site_built_without_a_browser_offers_downloads_with_their_figures_and_no_plotly_js_and_warns_that_charts_lack_images()
    {
        var options = new SiteOptions(folder.Combine("executed"), folder.Combine("site")) { NotebooksRoot = folder.Combine("notebooks") };
        Directory.CreateDirectory(folder.Combine("notebooks", "figures"));
        File.WriteAllText(folder.Combine("notebooks", "figures", "loop.svg"), Svg);
        var cells = new[]
        {
            Markdown("# 04 · Loop\n\n![The five steps](figures/loop.svg)"),
            Code("#!setup", Display("text/html", PlotlyLibraryOutput.Marker + "<script>/* plotly.js v2.28.0 */</script>")),
            Code("Plot();", Display("text/html", Chart())),
        };
        WriteTo(options.ExecutedRoot, "04_loop.ipynb", cells);
        WriteTo(options.NotebooksRoot!, "04_loop.ipynb", Markdown("# 04 · Loop\n\n![The five steps](figures/loop.svg)"));

        var result = SiteGenerator.Build(options);

        var download = File.ReadAllText(Path.Combine(options.SiteRoot, "downloads", "04_loop.executed.ipynb"));
        Assert.Contains("attachment:loop.svg", download);
        Assert.DoesNotContain("plotly.js v2.28.0", download);
        Assert.DoesNotContain("course-static-chart\" src", download);
        Assert.Equal((1, 0), result.DownloadCharts);
        Assert.Equal([
            "No Chromium (CHROMIUM_PATH, or /usr/bin/chromium: apt-get install chromium) to draw the charts of the downloadable executed notebooks as images.",
            "1 chart(s) of the downloadable executed notebooks have no image: they show only where scripts run and plotly.js loads.",
        ], result.Warnings);
    }
}
