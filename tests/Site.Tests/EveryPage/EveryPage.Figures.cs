using System.Text.Json;
using Microsoft.Playwright;
using SiteBuilder.Site;

namespace Site.Tests;

/// <summary>
/// The course's figures on every chapter that shows one, in the light and the dark theme: each loads from the site's
/// own copy with its alt text, fits the column, keeps text a reader can read and turns dark in the dark theme.
/// </summary>
public partial class EveryPage
{
    private static readonly PageProbe Theme = PageProbe.Script<string>("the theme the page took", "() => document.documentElement.dataset.theme");

    // Every figure of the page, as the browser has it once loaded.
    private static readonly PageProbe Figures = PageProbe.Script<JsonElement>("the figures", """
        () => [...document.querySelectorAll('.markdown-cell img.figure')].map(img => ({
            src: img.getAttribute('src'), alt: img.getAttribute('alt'), complete: img.complete,
            naturalWidth: img.naturalWidth, naturalHeight: img.naturalHeight,
            width: img.getBoundingClientRect().width, column: img.closest('.markdown-cell').clientWidth,
            filter: getComputedStyle(img).filter }))
        """);

    [Theory]
    [MemberData(nameof(ChaptersWithFiguresInBothThemes))]
    public async Task Every_figure_loads_with_its_alt_text_and_fits_the_column(string page, ColorScheme theme)
    {
        // A fresh browser profile remembers no theme choice: the page takes the system's.
        var view = await ViewAsync(page, theme: theme);

        Assert.Equal(theme == ColorScheme.Dark ? "dark" : "light", view.Get<string>(Theme));
        var expected = CourseFigures.ShownBy(NotebookOf(page));
        var figures = view.Get<JsonElement>(Figures).EnumerateArray().ToList();
        Assert.Equal(expected.Count, figures.Count);
        foreach (var ((alt, address), figure) in expected.Zip(figures))
        {
            var src = figure.GetProperty("src").GetString()!;
            Assert.Equal($"{ChapterFigures.Folder}/{address}", src);
            Assert.Equal(alt, figure.GetProperty("alt").GetString());
            Assert.True(figure.GetProperty("naturalWidth").GetInt32() > 0 && figure.GetProperty("naturalHeight").GetInt32() > 0,
                $"{page} ({theme}): {src} did not load");
            var width = figure.GetProperty("width").GetDouble();
            Assert.InRange(width, 200, Math.Min(760, figure.GetProperty("column").GetDouble()) + 0.5);
            // Drawn 760 px wide with 12 px text at the smallest: at 640 px that text is 10 px.
            Assert.True(width >= 640, $"{page} ({theme}): {src} is {width} px wide");
            Assert.Equal(theme == ColorScheme.Dark, figure.GetProperty("filter").GetString()!.Contains("invert"));
        }
        Assert.Empty(view.Errors);
        Assert.Empty(view.OffsiteRequests);
    }
}
