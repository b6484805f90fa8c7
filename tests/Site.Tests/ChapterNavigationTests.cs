namespace Site.Tests;

/// <summary>Back-to-top, and the chapter list in a sidebar on wide screens (that each chapter's contents lead to its sections is <see cref="EveryPage"/>'s).</summary>
[Trait("Tier", "Full")]
public class ChapterNavigationTests(CourseSite site, OfflineBrowser browser) : ChromiumTests
{
    [Fact]
    public async Task Following_an_entry_then_back_to_top_returns_to_the_top()
    {
        var page = site.Build.Chapters.First(c => CourseText.SecondLevelHeadings(c.Notebook.RelativePath).Count >= 3).PageName;
        await using var visit = await browser.OpenAsync(CourseSite.PagePath(page));
        await SitePageReady.WaitAsync(visit);

        await visit.Page.ClickAsync("nav.toc li:nth-child(3) > a");
        await visit.Page.WaitForFunctionAsync("() => window.scrollY > 200");
        await visit.Page.ClickAsync("a.back-to-top");
        await visit.Page.WaitForFunctionAsync("() => window.scrollY === 0");

        Assert.True(await visit.Page.IsVisibleAsync("a.back-to-top"));
    }

    [Fact]
    public async Task On_a_wide_screen_the_sidebar_lists_every_chapter_and_marks_the_current_one()
    {
        var current = site.Build.Chapters[2];
        await using var visit = await browser.OpenAsync(CourseSite.PagePath(current.PageName), width: 1280);

        var listed = await visit.Page.EvalOnSelectorAllAsync<string[]>("nav.sidebar a", "links => links.map(a => a.getAttribute('href'))");
        var marked = await visit.Page.GetAttributeAsync("nav.sidebar a[aria-current='page']", "href");

        Assert.True(await visit.Page.IsVisibleAsync("nav.sidebar"));
        Assert.Equal(site.Build.Chapters.Select(c => c.PageName), listed);
        Assert.Equal(current.PageName, marked);
        var sidebar = await visit.Page.Locator("nav.sidebar").BoundingBoxAsync();
        var main = await visit.Page.Locator("main").BoundingBoxAsync();
        Assert.True(sidebar!.X + sidebar.Width <= main!.X, "the sidebar sits beside the chapter, not over it");
    }

    [Fact]
    public async Task On_a_phone_the_sidebar_gives_way_to_the_chapter()
    {
        await using var visit = await browser.OpenAsync(CourseSite.PagePath(site.Build.Chapters[0].PageName), width: 390);

        Assert.False(await visit.Page.IsVisibleAsync("nav.sidebar"));
        Assert.True(await visit.Page.IsVisibleAsync("nav.toc"));
        Assert.True(await visit.Page.IsVisibleAsync(".chapter-nav.top a.contents"));
    }
}
