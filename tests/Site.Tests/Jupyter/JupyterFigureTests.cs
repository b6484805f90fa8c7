using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace Site.Tests.Jupyter;

/// <summary>
/// The course's figures in Jupyter Notebook 6.4: a notebook opened from a served copy of notebooks/ (figures/ beside it, as
/// in the repository) renders its markdown cells with every figure loaded from the server, with its alt text, and nothing
/// asked of another host. Markdown renders when the notebook opens; nothing has to run.
/// </summary>
[Trait("Category", "Jupyter")]
[Collection(JupyterServerCollection.Name)]
[Trait("Tier", "Full")]
public class JupyterFigureTests(JupyterNotebookServer server)
{
    private const string FiguresRendered = """
        () => window.Jupyter && Jupyter.notebook && Jupyter.notebook._fully_loaded &&
              document.querySelectorAll('.text_cell_render img').length > 0 &&
              [...document.querySelectorAll('.text_cell_render img')].every(img => img.complete)
        """;

    private const string Figures = """
        () => [...document.querySelectorAll('.text_cell_render img')].map(img => ({
            src: img.getAttribute('src'), alt: img.getAttribute('alt'), naturalWidth: img.naturalWidth, url: img.currentSrc }))
        """;

    [Theory]
    [InlineData("01_data.ipynb")]
    [InlineData("07_metrics.ipynb")]
    public async Task A_notebook_opened_in_Jupyter_Notebook_shows_each_figure_with_its_alt_text(string notebook)
    {
        Prerequisite.RequireAll(Prerequisite.JupyterNotebook, Prerequisite.Chromium);
        var address = await server.ServeAsync(notebook);
        await using var chromium = await LoopbackBrowser.LaunchAsync();
        var (context, blocked) = (chromium.Context, chromium.Blocked);
        var failedImages = new ConcurrentQueue<string>();
        var tab = await context.NewPageAsync();
        tab.RequestFailed += (_, request) => { if (request.ResourceType == "image") failedImages.Enqueue(request.Url); };

        await tab.GotoAsync(address, new() { WaitUntil = WaitUntilState.Load });
        try
        {
            await tab.WaitForFunctionAsync(FiguresRendered, null, new() { Timeout = 120_000, PollingInterval = 250 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"{notebook}'s markdown figures did not render in Jupyter within 2 minutes; server log:\n{server.Log}");
        }
        var expected = CourseFigures.ShownBy(notebook);
        var figures = (await tab.EvaluateAsync<JsonElement>(Figures)).EnumerateArray().ToList();
        await tab.EvaluateAsync("() => Jupyter.notebook.kernel && Jupyter.notebook.kernel.kill()"); // the kernel started on opening; free it

        Assert.Equal(expected.Select(e => e.Address), figures.Select(f => f.GetProperty("src").GetString()));
        foreach (var ((alt, src), figure) in expected.Zip(figures))
        {
            Assert.Equal(alt, figure.GetProperty("alt").GetString());
            Assert.True(figure.GetProperty("naturalWidth").GetInt32() > 0, $"{src} did not load in Jupyter (from {figure.GetProperty("url").GetString()})");
        }
        Assert.Empty(failedImages);
        Assert.Empty(blocked);
    }
}
