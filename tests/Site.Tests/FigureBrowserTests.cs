using System.Text.Json;
using SiteBuilder.Site;

namespace Site.Tests;

/// <summary>
/// The course's figures on the built site, in headless Chromium with the network off: on a phone a figure keeps its
/// text readable, and the site holds exactly the figures the chapters show (that every figure loads, in both themes,
/// is <see cref="EveryPage"/>'s).
/// </summary>
[Trait("Tier", "Full")]
public class FigureBrowserTests(OfflineBrowser browser) : ChromiumTests
{
    // Every figure of the page, as the browser has it once loaded.
    private const string Figures = """
        () => [...document.querySelectorAll('.markdown-cell img.figure')].map(img => ({
            src: img.getAttribute('src'), alt: img.getAttribute('alt'), complete: img.complete,
            naturalWidth: img.naturalWidth, naturalHeight: img.naturalHeight,
            width: img.getBoundingClientRect().width, column: img.closest('.markdown-cell').clientWidth }))
        """;

    private const string FiguresLoaded = "() => [...document.querySelectorAll('.markdown-cell img.figure')].every(img => img.complete)";

    [Fact]
    public async Task On_a_phone_a_figure_keeps_readable_text_scrolls_in_its_own_box_and_keeps_its_proportions()
    {
        // Shrunk to a 390 px screen, a figure drawn 760 px wide had text of 5 to 6 px: it keeps 640 px (its smallest
        // text 10 px) and scrolls sideways inside its paragraph; the page itself does not scroll sideways.
        await using var visit = await browser.OpenAsync(CourseSite.PagePath("04_training_loop.html"), width: 390);
        await visit.Page.WaitForFunctionAsync(FiguresLoaded);

        var figure = (await visit.Page.EvaluateAsync<JsonElement>(Figures)).EnumerateArray().Single();
        var size = await visit.Page.EvaluateAsync<JsonElement>("""
            () => { const img = document.querySelector('img.figure'), r = img.getBoundingClientRect(), box = img.parentElement;
                    return { width: r.width, height: r.height, box: box.clientWidth, scrolls: box.scrollWidth > box.clientWidth,
                             page: document.documentElement.scrollWidth }; }
            """);

        Assert.InRange(size.GetProperty("width").GetDouble(), 640, 760);
        Assert.True(size.GetProperty("box").GetDouble() <= 390 && size.GetProperty("scrolls").GetBoolean(), $"the figure's box: {size}");
        Assert.True(size.GetProperty("page").GetDouble() <= 390, $"the page is {size.GetProperty("page")} px wide");
        var drawnRatio = figure.GetProperty("naturalWidth").GetDouble() / figure.GetProperty("naturalHeight").GetDouble();
        Assert.Equal(drawnRatio, size.GetProperty("width").GetDouble() / size.GetProperty("height").GetDouble(), 1);
    }

    [Fact]
    public void The_site_holds_exactly_the_figures_the_chapters_show()
    {
        var shown = CourseFigures.Notebooks().SelectMany(CourseFigures.ShownBy).Select(f => $"{ChapterFigures.Folder}/{f.Address}")
            .Distinct().Order(StringComparer.Ordinal);
        var copied = Directory.EnumerateFiles(Path.Combine(CourseSite.Options.SiteRoot, ChapterFigures.Folder), "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(CourseSite.Options.SiteRoot, p).Replace('\\', '/')).Order(StringComparer.Ordinal);
        var manifest = File.ReadAllLines(Path.Combine(CourseSite.Options.SiteRoot, SiteFolder.ManifestName));

        Assert.Equal(shown, copied);
        Assert.All(copied, f => Assert.Contains(f, manifest));
    }
}
