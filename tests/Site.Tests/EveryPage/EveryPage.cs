using Microsoft.Playwright;

namespace Site.Tests;

/// <summary>
/// The checks every page of the real course site must pass in Chromium, at a phone's width (390 px) and a laptop's
/// (1280 px), in the light and the dark theme: it loads offline without errors, its charts are drawn whole and
/// readable, it fits the screen, axe finds no serious violation, its figures load, its navigation is complete. Each
/// file of this class is one concern. The checks only read the pages, so each view of a page (page, width, theme) is
/// loaded once and what every check reads is read then (<see cref="Probes"/>, <see cref="PageSnapshots"/>): some 60
/// page loads instead of one per check.
/// </summary>
[Trait("Tier", "Full")]
public partial class EveryPage : IClassFixture<PageSnapshots>
{
    private readonly CourseSite site;
    private readonly PageSnapshots pages;

    /// <summary>What the checks read from a view of a page, each declared beside the checks that use it. (A property:
    /// the order in which the static fields of a partial class's files are set is not defined.)</summary>
    public static IReadOnlyList<PageProbe> Probes =>
    [
        Heading, DrawnCharts, ChartMeasure, HeatmapTicks, PageWidth, WidestChart, Axe, AxeColours, ChartDescriptions, ImageAlts,
        Contents, CopyButtons, SetupFold, Theme, Figures,
    ];

    public EveryPage(CourseSite site, PageSnapshots pages)
    {
        // Where Chromium is missing every check is skipped before it starts, saying what to install (a fixture cannot skip).
        Prerequisite.Chromium.Require();
        (this.site, this.pages) = (site, pages);
    }

    private static readonly int[] BothWidths = [390, 1280];
    private static readonly ColorScheme[] BothThemes = [ColorScheme.Light, ColorScheme.Dark];

    /// <summary>The index, then every chapter page.</summary>
    public static TheoryData<string> Pages() => CourseSite.Pages();

    /// <summary>Every chapter page.</summary>
    public static TheoryData<string> ChapterPages() => CourseSite.ChapterPages();

    /// <summary>Every page at 390 and 1280 px.</summary>
    public static TheoryData<string, int> PagesAtBothWidths() => Combine(AllPages(), BothWidths);

    /// <summary>Every chapter page at 390 and 1280 px.</summary>
    public static TheoryData<string, int> ChapterPagesAtBothWidths() => Combine(ChapterPageNames(), BothWidths);

    /// <summary>Every page in the light and the dark theme.</summary>
    public static TheoryData<string, ColorScheme> PagesInBothThemes() => Combine(AllPages(), BothThemes);

    /// <summary>The chapters that show figures (notebooks/course.json), in both themes.</summary>
    public static TheoryData<string, ColorScheme> ChaptersWithFiguresInBothThemes() =>
        Combine(CourseFigures.Notebooks().Select(SiteBuilder.Site.Chapter.PageNameFor), BothThemes);

    private Task<PageSnapshot> ViewAsync(string page, int width = 1280, ColorScheme theme = ColorScheme.Light) =>
        pages.ViewAsync(new PageView(page, width, theme));

    private static IEnumerable<string> ChapterPageNames() => CourseSite.Notebooks().Select(SiteBuilder.Site.Chapter.PageNameFor);

    private static IEnumerable<string> AllPages() => ChapterPageNames().Prepend("index.html");

    private static TheoryData<string, T> Combine<T>(IEnumerable<string> pageNames, IEnumerable<T> ways)
    {
        var data = new TheoryData<string, T>();
        foreach (var page in pageNames)
            foreach (var way in ways)
                data.Add(page, way);
        return data;
    }
}
