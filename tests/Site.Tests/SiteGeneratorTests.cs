using SiteBuilder.Site;
using static Site.Tests.FixtureNotebook;

namespace Site.Tests;

/// <summary>Builds a site from two small fixture notebooks and checks the files it writes.</summary>
public sealed class SiteGeneratorTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly SiteOptions options;

    public SiteGeneratorTests()
    {
        options = new SiteOptions(folder.Combine("executed"), folder.Combine("site")) { Title = "Test course" };
        WriteTo(options.ExecutedRoot, "02_chart.ipynb",
            Markdown("# 02 · A chart"),
            Code("Chart.Point(x, y)", Display("text/html", PlotlyNetChart.Html("chart-a", PlotlyNetChart.TwoTraces))));
        WriteTo(options.ExecutedRoot, "01_text.ipynb",
            Markdown("# 01 · Some text\n\nHello **world**."),
            Code("Console.WriteLine(\"hi\");", Stream("hi\n")));
    }

    public void Dispose() => folder.Dispose();

    private string Page(string name) => File.ReadAllText(Path.Combine(options.SiteRoot, name));

    [Fact]
    public void The_index_lists_the_chapters_in_order()
    {
        var result = SiteGenerator.Build(options);

        Assert.Equal(["01_text.html", "02_chart.html"], result.Chapters.Select(c => c.PageName));
        var index = Page("index.html");
        var first = index.IndexOf("<li><a href=\"01_text.html\">01 · Some text</a></li>", StringComparison.Ordinal);
        var second = index.IndexOf("<li><a href=\"02_chart.html\">02 · A chart</a></li>", StringComparison.Ordinal);
        Assert.True(first > 0 && second > first, index);
    }

    [Fact]
    public void Each_page_shows_its_prose_code_and_outputs()
    {
        SiteGenerator.Build(options);

        var page = Page("01_text.html");
        Assert.Contains("<title>01 · Some text · Test course</title>", page);
        Assert.Contains("<p>Hello <strong>world</strong>.</p>", page);
        Assert.Contains("Console.WriteLine(<span class=\"tok-string\">&quot;hi&quot;</span>);", page);
        Assert.Contains("<pre class=\"output stream stdout\">hi\n</pre>", page);
    }

    [Fact]
    public void Pages_link_to_their_neighbours_and_the_contents()
    {
        SiteGenerator.Build(options);

        var first = Page("01_text.html");
        Assert.Contains("<a class=\"next\" rel=\"next\" href=\"02_chart.html\">02 · A chart →</a>", first);
        Assert.DoesNotContain("rel=\"prev\"", first);
        var second = Page("02_chart.html");
        Assert.Contains("<a class=\"previous\" rel=\"prev\" href=\"01_text.html\">← 01 · Some text</a>", second);
        Assert.DoesNotContain("rel=\"next\"", second);
        Assert.Contains("<a class=\"contents\" href=\"index.html\">Contents</a>", second);
    }

    [Fact]
    public void Only_pages_with_charts_load_the_bundled_plotly()
    {
        var result = SiteGenerator.Build(options);

        Assert.Equal(1, result.ChartCount);
        // Named for site.js, which loads it once the text has painted; never a blocking script in the head.
        Assert.Contains($"<meta name=\"course-plotly\" content=\"assets/{PlotlyScript.FileName}\">", Page("02_chart.html"));
        Assert.DoesNotContain($"<script src=\"assets/{PlotlyScript.FileName}\"", Page("02_chart.html"));
        Assert.DoesNotContain("plotly", Page("01_text.html"));
        Assert.Equal("plotly-2.28.0.min.js", PlotlyScript.FileName);
    }

    [Fact]
    public void The_assets_ship_inside_the_site()
    {
        SiteGenerator.Build(options);

        var plotly = File.ReadAllText(Path.Combine(options.SiteRoot, "assets", PlotlyScript.FileName));
        Assert.StartsWith("/**\n* plotly.js v2.28.0\n", plotly);
        Assert.True(plotly.Length > 3_000_000, $"plotly.js is only {plotly.Length} characters");
        Assert.Contains("@license MIT", File.ReadAllText(Path.Combine(options.SiteRoot, "assets", "plotly.min.js.LICENSE.txt")));
        Assert.Contains(".tok-keyword", File.ReadAllText(Path.Combine(options.SiteRoot, "assets", "site.css")));
    }

    [Fact]
    public void No_page_loads_anything_from_another_host()
    {
        SiteGenerator.Build(options);

        foreach (var page in Directory.EnumerateFiles(options.SiteRoot, "*.html"))
            Assert.Empty(OffsiteReferences.In(File.ReadAllText(page)));
    }

    [Fact]
    public void A_rebuild_drops_pages_of_notebooks_that_are_gone()
    {
        SiteGenerator.Build(options);
        File.Delete(Path.Combine(options.ExecutedRoot, "02_chart.ipynb"));

        SiteGenerator.Build(options);

        Assert.Equal(["01_text.html", "index.html"],
            Directory.EnumerateFiles(options.SiteRoot, "*.html").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Without_executed_notebooks_the_build_says_to_run_them_first()
    {
        var error = Assert.Throws<DirectoryNotFoundException>(() =>
            SiteGenerator.Build(options with { ExecutedRoot = folder.Combine("nothing-here") }));

        Assert.Contains("dotnet run --project tools/NotebookRunner", error.Message);
    }

    [Fact]
    public void A_chart_that_cannot_be_made_offline_fails_the_build_naming_its_notebook()
    {
        WriteTo(options.ExecutedRoot, "03_odd.ipynb", Code("c", Display("text/html", "<script>Plotly.newPlot('x', d)</script>")));

        var error = Assert.Throws<InvalidDataException>(() => SiteGenerator.Build(options));

        Assert.StartsWith("03_odd.ipynb: ", error.Message);
    }
}
