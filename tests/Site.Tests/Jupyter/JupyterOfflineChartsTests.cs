using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;
using System.Text.Json.Nodes;
using CourseTests;
using SiteBuilder.Rendering;

namespace Site.Tests.Jupyter;

/// <summary>
/// A learner's Jupyter with the internet gone: a course notebook as Jupyter executed it (the execution stage's copy,
/// nbconvert in the same kernel), trusted as a learner's own run is, opened in a Jupyter Notebook server on 127.0.0.1 in
/// headless Chromium that may reach nothing but that server. Every chart must draw, with all its traces, from the
/// plotly.js the setup cell put into the notebook; the notebook is not run again here.
/// </summary>
[Trait("Category", "Jupyter")]
[Collection(JupyterServerCollection.Name)]
[Trait("Tier", "Full")]
public class JupyterOfflineChartsTests
{
    private readonly JupyterNotebookServer _server;

    public JupyterOfflineChartsTests(JupyterNotebookServer server) => _server = server;

    // What each chart inside CONTAINER drew: plotly's own record of its traces, and the trace groups in its SVG (as the site tests count).
    private const string DrawnCharts = """
        () => [...document.querySelectorAll('CONTAINER .js-plotly-plot')].map(gd => ({
            id: gd.id,
            traces: (gd._fullData || []).length,
            drawn: gd.querySelectorAll('.cartesianlayer g.trace, .cartesianlayer g.hm').length,
        }))
        """;

    private const string NotebookOpened = "() => window.Jupyter && Jupyter.notebook && Jupyter.notebook._fully_loaded";

    [Theory]
    [InlineData("05_non_linearity.ipynb")]
    [InlineData("07_metrics.ipynb")]
    public async Task A_notebook_executed_in_Jupyter_draws_every_chart_with_no_network_and_so_do_its_outputs_without_require_js(string notebook)
    {
        Prerequisite.RequireAll(Prerequisite.JupyterNbconvert, Prerequisite.JupyterNotebook, Prerequisite.Chromium);
        var executed = await StagedCopies.SucceededAsync(StagedCopies.Jupyter, notebook);
        var page = await _server.ServeAsync(notebook, executed);
        await using var chromium = await LoopbackBrowser.LaunchAsync();
        var (browser, context, blocked) = (chromium.Browser, chromium.Context, chromium.Blocked);
        var errors = new ConcurrentQueue<string>();
        var tab = await context.NewPageAsync();
        tab.Console += (_, m) => { if (m.Type == "error" && !IsMathJaxFontProbe(m)) errors.Enqueue(m.Text); };
        tab.PageError += (_, e) => errors.Enqueue($"uncaught: {e}");

        await tab.GotoAsync(page, new() { WaitUntil = WaitUntilState.Load });
        await tab.WaitForFunctionAsync(NotebookOpened, null, new() { Timeout = 120_000 });
        var outputs = HtmlOutputs(executed);
        // The charts the notebook showed, by div id, with their trace counts (not the setup's copy of plotly.js).
        var expected = outputs.Where(h => PlotlyChart.IsChart(h) && !PlotlyLibraryOutput.Is(h))
            .Select(PlotlyChart.Parse).ToDictionary(c => c.ElementId, c => c.Data.Count);
        Assert.NotEmpty(expected);
        try
        {
            await tab.WaitForFunctionAsync($"() => [...document.querySelectorAll('.output_area .js-plotly-plot')].filter(gd => gd._fullLayout).length >= {expected.Count}",
                null, new() { Timeout = 60_000, PollingInterval = 250 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"{notebook} opened in Jupyter did not draw its {expected.Count} charts: {string.Join("; ", errors)}; server log:\n{_server.Log}");
        }
        await tab.ScreenshotAsync(new() { Path = Path.Combine(_server.NotebooksFolder, Path.ChangeExtension(notebook, ".png")), FullPage = true });
        await tab.EvaluateAsync("() => Jupyter.notebook.kernel && Jupyter.notebook.kernel.kill()"); // the kernel started on opening; free its ports

        Assert.Equal(0, await tab.EvaluateAsync<int>("() => document.querySelectorAll('.output_error').length"));
        await AssertEveryChartDrawnAsync(tab, ".output_area", expected);
        var status = await tab.InnerTextAsync(".course-plotly-offline");
        Assert.Contains("loaded: the charts in this notebook draw without a network", status);
        Assert.True(errors.IsEmpty, string.Join("\n", errors));
        // The kernel's own bootstrap script asks the public CDN for require.js only where a page has none; Jupyter has it.
        Assert.Empty(blocked);

        await The_same_outputs_draw_on_a_page_without_require_js(notebook, outputs, expected, browser);
    }

    /// <summary>
    /// Jupyter Notebook's MathJax (it typesets the formulas in 05's markdown) checks for web fonts with a font at
    /// about:blank, which Chromium refuses with a console error on any page, online or off. It is Jupyter's, fetches
    /// nothing from another host (every such request is recorded as blocked and fails the test), and is left out.
    /// </summary>
    private static bool IsMathJaxFontProbe(IConsoleMessage message) =>
        message.Text.Contains("font at 'about:blank'", StringComparison.Ordinal) ||
        (message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal) && message.Location.StartsWith("about:blank", StringComparison.Ordinal));

    /// <summary>Every text/html output of the executed notebook, in order, as the kernel sent them.</summary>
    private static IReadOnlyList<string> HtmlOutputs(string executedCopy) =>
        JsonNode.Parse(File.ReadAllText(executedCopy))!["cells"]!.AsArray()
            .SelectMany(cell => cell!["outputs"]?.AsArray() ?? [])
            .Select(output => output!["data"]?["text/html"])
            .Where(html => html is not null)
            .Select(html => NotebookJson.JoinedText(html))
            .ToList();

    /// <summary>
    /// VS Code's notebook outputs (Polyglot Notebooks and its Jupyter extension alike) and JupyterLab draw HTML outputs
    /// in a page without require.js. The same outputs, one after another in a local page with the network off, must
    /// draw every chart too (there the setup's stand-in for require.js answers the charts).
    /// </summary>
    private async Task The_same_outputs_draw_on_a_page_without_require_js(
        string notebook, IReadOnlyList<string> outputs, IReadOnlyDictionary<string, int> expected, IBrowser browser)
    {
        var file = Path.Combine(_server.NotebooksFolder, Path.ChangeExtension(notebook, ".outputs.html"));
        // Only the course's own outputs: the Jupyter kernel's bootstrap script is Jupyter's (it needs require.js).
        var page = string.Concat(outputs.Where(h => !h.Contains("dotnet-interactive-this-cell")).Select(h => $"<div class=\"output\">{h}</div>\n"));
        await File.WriteAllTextAsync(file, $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{notebook}</title></head><body>{page}</body></html>");
        var context = await browser.NewContextAsync(new() { Offline = true, ViewportSize = new() { Width = 1280, Height = 900 } });
        var blocked = new ConcurrentQueue<string>();
        await context.RouteAsync(url => !url.StartsWith("file:", StringComparison.Ordinal), async route =>
        {
            blocked.Enqueue(route.Request.Url);
            await route.AbortAsync("internetdisconnected");
        });
        var errors = new ConcurrentQueue<string>();
        var tab = await context.NewPageAsync();
        tab.Console += (_, m) => { if (m.Type == "error") errors.Enqueue(m.Text); };
        tab.PageError += (_, e) => errors.Enqueue($"uncaught: {e}");
        await tab.GotoAsync(new Uri(file).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });

        Assert.False(await tab.EvaluateAsync<bool>("() => typeof window.define === 'function'"), "the page must have no module loader");
        try
        {
            await tab.WaitForFunctionAsync($"() => [...document.querySelectorAll('.output .js-plotly-plot')].filter(gd => gd._fullLayout).length >= {expected.Count}",
                null, new() { Timeout = 30_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"{notebook}'s outputs on a page without require.js did not draw {expected.Count} charts: {string.Join("; ", errors)} {string.Join("; ", blocked)}");
        }
        await AssertEveryChartDrawnAsync(tab, ".output", expected);
        Assert.Empty(errors);
        Assert.Empty(blocked);
    }

    /// <summary>Every chart in <paramref name="container"/> is one the notebook showed, drawn with all its traces.</summary>
    private static async Task AssertEveryChartDrawnAsync(IPage tab, string container, IReadOnlyDictionary<string, int> expected)
    {
        var drawn = (await tab.EvaluateAsync<JsonElement>(DrawnCharts.Replace("CONTAINER", container))).EnumerateArray().ToList();
        Assert.Equal(expected.Keys.Order(), drawn.Select(c => c.GetProperty("id").GetString()!).Order());
        foreach (var chart in drawn)
        {
            var id = chart.GetProperty("id").GetString()!;
            Assert.Equal((id, expected[id]), (id, chart.GetProperty("traces").GetInt32()));
            Assert.Equal((id, expected[id]), (id, chart.GetProperty("drawn").GetInt32()));
        }
    }
}
