namespace Site.Tests;

/// <summary>The real course site in headless Chromium with the network off, read from chapter to chapter as a reader walks it.</summary>
[Trait("Tier", "Full")]
public class BrowserTests(CourseSite site, OfflineBrowser browser) : ChromiumTests
{
    [Fact]
    public async Task Next_and_previous_links_walk_the_chapters_in_order()
    {
        var chapters = site.Build.Chapters;
        await using var visit = await browser.OpenAsync(CourseSite.PagePath("index.html"));

        await visit.FollowAsync($".chapters a[href='{chapters[0].PageName}']");
        var forward = new List<string> { await CurrentPageAsync(visit) };
        while (await visit.Page.Locator(".chapter-nav.top a.next").CountAsync() > 0)
        {
            await visit.FollowAsync(".chapter-nav.top a.next");
            forward.Add(await CurrentPageAsync(visit));
            Assert.Equal(chapters[forward.Count - 1].Title, await visit.Page.InnerTextAsync("main h1"));
        }
        var backward = new List<string> { forward[^1] };
        while (await visit.Page.Locator(".chapter-nav.bottom a.previous").CountAsync() > 0)
        {
            await visit.FollowAsync(".chapter-nav.bottom a.previous");
            backward.Add(await CurrentPageAsync(visit));
        }
        await visit.FollowAsync(".chapter-nav.top a.contents");

        Assert.Equal(chapters.Select(c => c.PageName), forward);
        Assert.Equal(chapters.Select(c => c.PageName).Reverse(), backward);
        Assert.Equal("index.html", await CurrentPageAsync(visit));
        Assert.Empty(visit.OffsiteRequests);
        Assert.Empty(visit.Errors);
    }

    private static Task<string> CurrentPageAsync(PageVisit visit) =>
        Task.FromResult(Path.GetFileName(new Uri(visit.Page.Url).LocalPath));
}
