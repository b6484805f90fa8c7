using System.Collections.Concurrent;
using SiteBuilder.Rendering;
using SiteBuilder.Site;
using static Site.Tests.FixtureNotebook;

namespace Site.Tests;

/// <summary>
/// A site built from a fixture notebook full of hostile markdown and odd outputs, opened in the offline browser:
/// no script of the payloads runs and no dialog opens; long output folds; a notebook's own copy of plotly.js is
/// left out while a chart drawn without the CDN loader still draws.
/// </summary>
[Trait("Category", "Adversarial")] // issue 15: bad input and hostile payloads against the site builder
[Trait("Tier", "Full")]
public sealed class FixtureSiteBrowserTests : ChromiumTests, IDisposable
{
    private const string Page = "01_payloads.html";
    private readonly TempFolder folder = new();
    private readonly OfflineBrowser browser;
    private readonly SiteOptions options;

    // Each payload sets window.__pwned if it ever runs; the javascript: links would open a dialog.
    private const string HostileMarkdown = """
        # 01 · Payloads

        <script>window.__pwned = 'script element'</script>

        <img src="x" onerror="window.__pwned = 'onerror'">

        [a javascript link](javascript:window.__pwned='link') and [one hidden by a tab](java	script:alert('tab'))
        and [an upper-case one](JAVASCRIPT:alert('upper')) and <a href="javascript:alert('raw')">raw html</a>.

        ## A heading with attributes {onclick="window.__pwned = 'attribute'"}

        <javascript:alert('autolink')> and ![an image](javascript:alert('image'))
        """;

    public FixtureSiteBrowserTests(OfflineBrowser browser)
    {
        this.browser = browser;
        options = new SiteOptions(folder.Combine("executed"), folder.Combine("site"));
        var log = string.Join("\n", Enumerable.Range(1, 40).Select(i => $"Epoch: {i} | Loss: 0.{i:000}")) + "\n";
        WriteTo(options.ExecutedRoot, "01_payloads.ipynb",
            Markdown(HostileMarkdown),
            Code("Show(bad png)", Display("image/png", "\"><img src=x onerror=\"window.__pwned='png'\">")),
            Code("Show(svg)", Display("image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>window.__pwned = 'svg'</script></svg>")),
            Code("Train()", Stream(log)),
            Code("// setup", Display("text/html", $"{PlotlyLibraryOutput.Marker}<script>window.__plotlyLibraryRan = true;</script>")),
            Code("chart.Display()", Display("text/html", DirectChart)));
        SiteGenerator.Build(options);
    }

    // A chart as the course's charts will look once the notebooks carry plotly.js themselves: no loader, no CDN.
    private const string DirectChart = """
        <div id="direct-chart"></div><script type="text/javascript">
        var data = [{"type":"scatter","name":"Loss","x":[1,2,3],"y":[0.7,0.5,0.3]}];
        var layout = {"title":{"text":"Loss curve"}};
        var config = {};
        Plotly.newPlot("direct-chart", data, layout, config);
        </script>
        """;

    public void Dispose() => folder.Dispose();

    private async Task<(PageVisit Visit, ConcurrentQueue<string> Dialogs)> OpenAsync()
    {
        var visit = await browser.OpenAsync(Path.Combine(options.SiteRoot, Page));
        var dialogs = new ConcurrentQueue<string>();
        visit.Page.Dialog += async (_, dialog) =>
        {
            dialogs.Enqueue(dialog.Message);
            await dialog.DismissAsync();
        };
        return (visit, dialogs);
    }

    [Fact]
    public async Task No_payload_runs_when_the_page_loads()
    {
        var (visit, dialogs) = await OpenAsync();
        await using (visit)
        {
            Assert.Null(await visit.Page.EvaluateAsync<string?>("() => window.__pwned ?? null"));
            Assert.Empty(dialogs);
            Assert.Equal(0, await visit.Page.Locator("main [onerror], main [onclick]").CountAsync());
            Assert.Contains("<script>window.__pwned = 'script element'</script>", await visit.Page.InnerTextAsync("main")); // shown as text
        }
    }

    [Fact]
    public async Task Clicking_the_javascript_links_runs_nothing()
    {
        var (visit, dialogs) = await OpenAsync();
        await using (visit)
        {
            var links = await visit.Page.Locator("main .markdown-cell a").AllAsync();
            // The link with a tab in its scheme is no link at all in markdown, and the unsafe autolink stays text.
            Assert.True(links.Count >= 2);
            foreach (var link in links)
            {
                Assert.DoesNotContain("script:", (await link.GetAttributeAsync("href"))!, StringComparison.OrdinalIgnoreCase);
                await link.ClickAsync();
            }

            Assert.Null(await visit.Page.EvaluateAsync<string?>("() => window.__pwned ?? null"));
            Assert.Empty(dialogs);
        }
    }

    [Fact]
    public async Task Image_data_that_is_not_base64_is_refused_and_an_svg_is_only_an_image()
    {
        var (visit, _) = await OpenAsync();
        await using (visit)
        {
            var sources = await visit.Page.EvalOnSelectorAllAsync<string[]>(".output img", "imgs => imgs.map(i => i.getAttribute('src'))");

            Assert.Equal(["data:image/svg+xml;base64,"], sources.Select(s => s[..26]).Distinct());
            Assert.Equal(LinkPolicy.Removed, await visit.Page.GetAttributeAsync(".markdown-cell img", "src"));
            Assert.Contains("data is not base64 is not shown", await visit.Page.InnerTextAsync("main"));
            Assert.Equal(0, await visit.Page.Locator("main svg script").CountAsync());
        }
    }

    [Fact]
    public async Task A_long_output_shows_its_start_and_opens_the_rest_on_demand()
    {
        var (visit, _) = await OpenAsync();
        await using (visit)
        {
            var output = visit.Page.Locator(".output.folded");
            Assert.Contains("Epoch: 1 |", await output.Locator("> pre").InnerTextAsync());
            Assert.False(await output.Locator("details > pre").IsVisibleAsync());

            await output.Locator("summary").ClickAsync();

            Assert.True(await output.Locator("details > pre").IsVisibleAsync());
            Assert.Contains("Epoch: 40 |", await output.Locator("details > pre").InnerTextAsync());
            Assert.Equal($"Show the other {40 - OutputRenderer.ShownLines} lines", await output.Locator("summary").InnerTextAsync());
        }
    }

    [Fact]
    public async Task The_notebook_s_own_plotly_is_left_out_and_a_chart_without_the_loader_draws()
    {
        var (visit, _) = await OpenAsync();
        await using (visit)
        {
            await SitePageReady.WaitAsync(visit);

            Assert.False(await visit.Page.EvaluateAsync<bool>("() => window.__plotlyLibraryRan === true"));
            Assert.Equal(1, await visit.Page.EvaluateAsync<int>("() => document.getElementById('direct-chart')._fullData.length"));
            Assert.Equal("Chart: Loss curve. 1 trace: Loss.", await visit.Page.InnerTextAsync("#direct-chart-description"));
            Assert.Empty(visit.Errors);
            Assert.Empty(visit.OffsiteRequests);
        }
    }
}
