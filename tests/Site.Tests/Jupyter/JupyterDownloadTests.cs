using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using CourseTests;
using SiteBuilder.Downloads;
using SiteBuilder.Rendering;
using SiteBuilder.Site;

namespace Site.Tests.Jupyter;

/// <summary>
/// The executed notebook a chapter page offers for download, as a reader opens it: alone in a folder (no figures/ beside
/// it), untrusted, in Jupyter Notebook 6.4, in Chromium that may reach nothing but the server. Jupyter then strips every
/// script and style from HTML outputs, so no chart draws: each must show as its image instead, with its description as
/// alt text, and each figure the markdown shows from its attachment. Where plotly.js does run (trusted, or VS Code), the
/// chart draws and its image gives way. The site is built from the execution stage's runner copies of two chapters, by the
/// builder itself (charts drawn as images in Chromium).
/// </summary>
[Trait("Category", "Jupyter")]
[Collection(JupyterServerCollection.Name)]
[Trait("Tier", "Full")]
public class JupyterDownloadTests(JupyterNotebookServer server)
{
    private static readonly string[] Chapters = ["05_non_linearity.ipynb", "07_metrics.ipynb"];
    private static readonly string Root = Path.Combine(StagedCopies.RepositoryRoot, "artifacts", "jupyter-download");
    private static readonly Lazy<Task<SiteOptions>> Site = new(BuildSiteAsync);

    private const string OpenedWithImagesLoaded = """
        () => window.Jupyter && Jupyter.notebook && Jupyter.notebook._fully_loaded &&
              document.querySelectorAll('img.course-static-chart').length > 0 &&
              [...document.querySelectorAll('img.course-static-chart, .text_cell_render img')].every(img => img.complete)
        """;

    private const string WhatTheReaderSees = """
        () => {
            const seen = img => { const box = img.getBoundingClientRect(); return { alt: img.alt, natural: img.naturalWidth,
                width: box.width, height: box.height, attribute: +img.getAttribute('width'), src: img.getAttribute('src').slice(0, 26) }; };
            return {
                trusted: Jupyter.notebook.trusted,
                drawn: document.querySelectorAll('.js-plotly-plot').length,
                charts: [...document.querySelectorAll('.output_area img.course-static-chart')].map(seen),
                figures: [...document.querySelectorAll('.text_cell_render img')].map(seen),
            };
        }
        """;

    [Theory]
    [InlineData("05_non_linearity.ipynb")]
    [InlineData("07_metrics.ipynb")]
    public async Task A_downloaded_executed_notebook_opened_untrusted_in_Jupyter_shows_every_chart_as_an_image_and_every_figure(string notebook)
    {
        Prerequisite.RequireAll(Prerequisite.JupyterNotebook, Prerequisite.Chromium, Prerequisite.Node);
        var site = await Site.Value;
        var expected = ChartsOf(Path.Combine(site.ExecutedRoot, notebook));
        var address = server.ServeAlone(Download(site, notebook));
        await using var chromium = await LoopbackBrowser.LaunchAsync();
        var tab = await chromium.Context.NewPageAsync();

        await tab.GotoAsync(address);
        try
        {
            await tab.WaitForFunctionAsync(OpenedWithImagesLoaded, null, new() { Timeout = 120_000, PollingInterval = 250 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"{notebook}'s download did not show its chart images in Jupyter within 2 minutes; server log:\n{server.Log}");
        }
        var seen = await tab.EvaluateAsync<JsonElement>(WhatTheReaderSees);
        await ScreenshotsAsync(tab, notebook);
        await tab.EvaluateAsync("() => Jupyter.notebook.kernel && Jupyter.notebook.kernel.kill()"); // the kernel started on opening; free it

        Assert.False(seen.GetProperty("trusted").GetBoolean());
        Assert.Equal(0, seen.GetProperty("drawn").GetInt32()); // untrusted: no script ran, no chart drew
        var charts = seen.GetProperty("charts").EnumerateArray().ToList();
        Assert.Equal(expected.Select(c => c.Description), charts.Select(c => c.GetProperty("alt").GetString()));
        foreach (var (chart, image) in expected.Zip(charts))
        {
            Assert.Equal((chart.ElementId, ChartImages.Scale * image.GetProperty("attribute").GetInt32()), (chart.ElementId, image.GetProperty("natural").GetInt32()));
            Assert.True(image.GetProperty("width").GetDouble() > 300 && image.GetProperty("height").GetDouble() > 150,
                $"{chart.ElementId}'s image is shown {image.GetProperty("width")} × {image.GetProperty("height")} px");
        }
        var figures = seen.GetProperty("figures").EnumerateArray().ToList();
        Assert.Equal(CourseFigures.ShownBy(notebook).Select(f => f.Alt), figures.Select(f => f.GetProperty("alt").GetString()));
        Assert.All(figures, figure =>
        {
            Assert.Equal("data:image/svg+xml;base64,", figure.GetProperty("src").GetString());
            Assert.True(figure.GetProperty("natural").GetInt32() > 0, $"the figure \"{figure.GetProperty("alt")}\" did not load");
        });
        Assert.Empty(chromium.Blocked);
    }

    [Fact]
    public async Task Where_plotly_js_runs_the_download_s_charts_draw_and_their_images_give_way()
    {
        Prerequisite.RequireAll(Prerequisite.Chromium, Prerequisite.Node);
        var site = await Site.Value;
        var outputs = Chapters.SelectMany(n => HtmlOutputs(Download(site, n))).Where(h => h.Contains(ExecutedDownload.StaticChartClass)).ToList();
        // A trusted notebook whose charts find plotly.js: here the site's own, answering the charts' require() as VS Code's
        // stand-in does. The download carries no plotly.js; trusted and online, Jupyter gets it from plotly's CDN.
        const string standIn = "window.requirejs = function (modules, ready) { ready(window.Plotly); }; window.requirejs.config = function () { return window.requirejs; };";
        await using var chromium = await LoopbackBrowser.LaunchAsync();
        var tab = await chromium.Context.NewPageAsync();
        var errors = new ConcurrentQueue<string>();
        tab.PageError += (_, e) => errors.Enqueue(e);

        await tab.SetContentAsync($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script>{PlotlyScript.ReadText()}</script><script>{standIn}</script></head><body>" +
                                  string.Concat(outputs.Select(h => $"<div class=\"output\">{h}</div>")) + "</body></html>");
        await tab.WaitForFunctionAsync($"() => [...document.querySelectorAll('.js-plotly-plot')].filter(gd => gd._fullLayout).length === {outputs.Count}",
            null, new() { Timeout = 60_000 });

        var shown = await tab.EvaluateAsync<double[]>("() => [...document.querySelectorAll('img.course-static-chart')].map(img => img.getBoundingClientRect().height)");
        Assert.Equal(outputs.Count, shown.Length);
        Assert.All(shown, height => Assert.Equal(0.0, height));
        Assert.Empty(errors);
        Assert.Empty(chromium.Blocked);
    }

    /// <summary>The charts of an executed notebook, in order, as the builder reads them.</summary>
    private static IReadOnlyList<PlotlyChart> ChartsOf(string executed) =>
        HtmlOutputs(executed).Where(h => PlotlyChart.IsChart(h) && !PlotlyLibraryOutput.Is(h)).Select(PlotlyChart.Parse).ToList();

    private static IEnumerable<string> HtmlOutputs(string notebook) =>
        JsonNode.Parse(File.ReadAllText(notebook))!["cells"]!.AsArray()
            .SelectMany(cell => cell!["outputs"]?.AsArray() ?? [])
            .Select(output => output!["data"]?["text/html"])
            .Where(html => html is not null)
            .Select(html => html.JoinedText());

    private static string Download(SiteOptions site, string notebook) =>
        Path.Combine(site.SiteRoot, RunItYourself.DownloadsFolder, Path.GetFileNameWithoutExtension(notebook) + ".executed.ipynb");

    /// <summary>Each chart's and each figure's cell as Jupyter shows it, for a person to look at.</summary>
    private static async Task ScreenshotsAsync(Microsoft.Playwright.IPage tab, string notebook)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Root, "screenshots")).FullName;
        var cells = await tab.QuerySelectorAllAsync(".cell:has(img.course-static-chart), .cell:has(.text_cell_render img)");
        for (var i = 0; i < cells.Count; i++)
        {
            await cells[i].ScrollIntoViewIfNeededAsync();
            await cells[i].ScreenshotAsync(new() { Path = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(notebook)}-{i + 1}.png") });
        }
    }

    /// <summary>The site, built by the builder from the stage's runner copies of <see cref="Chapters"/>, its charts drawn in Chromium.</summary>
    private static async Task<SiteOptions> BuildSiteAsync()
    {
        var executed = Directory.CreateDirectory(Path.Combine(Root, "executed")).FullName;
        foreach (var chapter in Chapters)
            File.Copy(await StagedCopies.SucceededAsync(StagedCopies.Runner, chapter), Path.Combine(executed, chapter), overwrite: true);
        var options = new SiteOptions(executed, Path.Combine(Root, "site"))
        {
            NotebooksRoot = CourseSite.Runner.NotebooksRoot, RepositoryRoot = StagedCopies.RepositoryRoot, ChromiumPath = Prerequisite.Chromium.Require(),
        };
        var result = SiteGenerator.Build(options);
        Assert.Empty(result.Warnings);
        Assert.Equal(result.DownloadCharts.Charts, result.DownloadCharts.WithImages);
        return options;
    }
}
