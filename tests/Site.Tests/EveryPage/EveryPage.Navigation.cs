using System.Text.Json;
using CourseTests;

namespace Site.Tests;

/// <summary>
/// What every chapter gives a reader to find their way and take the code: contents that lead to each section, a copy
/// button on every code cell, the setup folded away under one summary.
/// </summary>
public partial class EveryPage
{
    // Each entry of the contents, and the text of the element its link leads to.
    private static readonly PageProbe Contents = PageProbe.Script<string[][]>("the contents and where they lead", """
        () => [...document.querySelectorAll('nav.toc li > a')].map(a =>
          [a.textContent, document.getElementById(a.getAttribute('href').slice(1))?.textContent ?? '(missing)'])
        """);

    private static readonly PageProbe CopyButtons = PageProbe.Script<int[]>("the code cells and their copy buttons",
        "() => [document.querySelectorAll('.code-cell').length, document.querySelectorAll('.code-cell > button.copy-code').length]");

    private static readonly PageProbe SetupFold = PageProbe.Script<JsonElement>("the setup folds", """
        () => [...document.querySelectorAll('details.setup')].map(d => ({
          open: d.open, summary: d.querySelector('summary').textContent,
          cells: [...d.querySelectorAll('.code-cell pre.source')].map(p => p.textContent.split('\n')[0]),
          visible: d.querySelector('.code-cell').checkVisibility() }))
        """);

    [Theory]
    [MemberData(nameof(ChapterPages))]
    public async Task The_contents_list_the_chapter_s_second_level_headings_and_each_leads_to_its_heading(string page)
    {
        var chapter = site.Build.Chapters.Single(c => c.PageName == page);
        var headings = CourseText.SecondLevelHeadings(chapter.Notebook.RelativePath).Select(h => h.Replace("`", "").Replace("**", "")).ToList();
        var view = await ViewAsync(page);

        var contents = view.Get<string[][]>(Contents);

        Assert.Equal([.. headings, "Run it yourself"], contents.Select(c => c[0]));
        Assert.Equal(contents.Select(c => c[0]), contents.Select(c => c[1]));
    }

    [Theory]
    [MemberData(nameof(ChapterPages))]
    public async Task Every_code_cell_has_a_copy_button(string page)
    {
        var code = CourseText.Cells(NotebookOf(page)).Code;
        var view = await ViewAsync(page);

        Assert.Equal([code.Count, code.Count], view.Get<int[]>(CopyButtons));
    }

    [Theory]
    [MemberData(nameof(ChapterPagesAtBothWidths))]
    public async Task The_setup_cells_are_folded_under_one_setup_summary(string page, int width)
    {
        var view = await ViewAsync(page, width);

        var setup = Assert.Single(view.Get<JsonElement>(SetupFold).EnumerateArray());

        Assert.False(setup.GetProperty("open").GetBoolean());
        Assert.StartsWith("Setup", setup.GetProperty("summary").GetString());
        Assert.Equal(["// Setup 1 of 2", "// Setup 2 of 2"], setup.GetProperty("cells").EnumerateArray().Select(c => c.GetString()![..15]));
        Assert.False(setup.GetProperty("visible").GetBoolean());
    }

    internal static string NotebookOf(string page) =>
        CourseSite.Notebooks().Single(n => SiteBuilder.Site.Chapter.PageNameFor(n) == page);
}
