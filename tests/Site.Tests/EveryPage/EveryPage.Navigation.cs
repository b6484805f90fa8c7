using System.Text.Json;
using CourseTests;

namespace Site.Tests;

/// <summary>
/// What every chapter gives a reader to find their way and take the code: contents that lead to each section, a copy
/// button on every code cell, the setup folded away under one summary.
/// </summary>
public partial class EveryPage
{
    [Theory]
    [MemberData(nameof(ChapterPages))]
    public async Task The_contents_list_the_chapter_s_second_level_headings_and_each_leads_to_its_heading(string page)
    {
        var chapter = site.Build.Chapters.Single(c => c.PageName == page);
        var headings = CourseText.SecondLevelHeadings(chapter.Notebook.RelativePath).Select(h => h.Replace("`", "").Replace("**", "")).ToList();
        var visit = await ViewAsync(page);

        var entries = await visit.Page.EvalOnSelectorAllAsync<string[]>("nav.toc li > a", "links => links.map(a => a.textContent)");
        var targets = await visit.Page.EvalOnSelectorAllAsync<string[]>("nav.toc li > a",
            "links => links.map(a => document.getElementById(a.getAttribute('href').slice(1))?.textContent ?? '(missing)')");

        Assert.Equal([.. headings, "Run it yourself"], entries);
        Assert.Equal(entries, targets);
    }

    [Theory]
    [MemberData(nameof(ChapterPages))]
    public async Task Every_code_cell_has_a_copy_button(string page)
    {
        var code = CourseText.Cells(NotebookOf(page)).Code;
        var visit = await ViewAsync(page);

        Assert.Equal(code.Count, await visit.Page.Locator(".code-cell").CountAsync());
        Assert.Equal(code.Count, await visit.Page.Locator(".code-cell > button.copy-code").CountAsync());
    }

    [Theory]
    [MemberData(nameof(ChapterPagesAtBothWidths))]
    public async Task The_setup_cells_are_folded_under_one_setup_summary(string page, int width)
    {
        var visit = await ViewAsync(page, width);

        var fold = await visit.Page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('details.setup')].map(d => ({
              open: d.open, summary: d.querySelector('summary').textContent,
              cells: [...d.querySelectorAll('.code-cell pre.source')].map(p => p.textContent.split('\n')[0]),
              visible: d.querySelector('.code-cell').checkVisibility() }))
            """);

        var setup = Assert.Single(fold.EnumerateArray());
        Assert.False(setup.GetProperty("open").GetBoolean());
        Assert.StartsWith("Setup", setup.GetProperty("summary").GetString());
        Assert.Equal(["// Setup 1 of 2", "// Setup 2 of 2"], setup.GetProperty("cells").EnumerateArray().Select(c => c.GetString()![..15]));
        Assert.False(setup.GetProperty("visible").GetBoolean());
    }

    internal static string NotebookOf(string page) =>
        CourseSite.Notebooks().Single(n => SiteBuilder.Site.Chapter.PageNameFor(n) == page);
}
