using SiteBuilder.Site;

namespace Site.Tests;

/// <summary>The search box, in the offline browser: MiniSearch and the index built with the site, across every chapter.</summary>
[Trait("Tier", "Full")]
public class SearchBrowserTests(CourseSite site, OfflineBrowser browser) : ChromiumTests
{
    private static async Task<IReadOnlyList<string>> SearchAsync(PageVisit visit, string query)
    {
        await visit.Page.FillAsync("#search-input", query);
        await visit.Page.WaitForFunctionAsync(
            "q => !document.getElementById('search-results').hidden && document.querySelector('.search-summary')?.textContent.includes(q)", query);
        return await visit.Page.EvalOnSelectorAllAsync<string[]>("#search-results li > a", "links => links.map(a => a.getAttribute('href'))");
    }

    private static string PageOf(string href) => href.Split('#')[0];

    [Fact]
    public async Task A_word_found_only_in_one_chapter_s_code_finds_that_chapter_first()
    {
        var (word, notebook) = CourseText.CodeOnlyWords().Last();
        await using var visit = await browser.OpenAsync(CourseSite.PagePath("index.html"));

        var results = await SearchAsync(visit, word);

        Assert.NotEmpty(results);
        Assert.Equal(Chapter.PageNameFor(notebook), PageOf(results[0]));
        Assert.Empty(visit.OffsiteRequests);
        Assert.Empty(visit.Errors);
    }

    [Fact]
    public async Task A_heading_of_the_last_chapter_is_found_from_the_first_chapter_s_page_and_leads_to_it()
    {
        var last = site.Build.Chapters[^1];
        // Its last heading that no other chapter has (every chapter ends with "In the original").
        var heading = CourseText.SecondLevelHeadings(last.Notebook.RelativePath)
            .Last(h => site.Build.Chapters.Count(c => CourseText.SecondLevelHeadings(c.Notebook.RelativePath).Contains(h)) == 1)
            .Replace("`", "");
        await using var visit = await browser.OpenAsync(CourseSite.PagePath(site.Build.Chapters[0].PageName));

        var results = await SearchAsync(visit, heading);

        Assert.StartsWith(last.PageName + "#", results[0]);
        await visit.FollowAsync("#search-results li:first-child > a");
        var anchor = results[0].Split('#')[1];
        Assert.Equal(heading, (await visit.Page.InnerTextAsync($"[id='{anchor}']")).Trim());
        Assert.Empty(visit.OffsiteRequests);
        Assert.Empty(visit.Errors);
    }

    [Fact]
    public async Task Prose_is_searched_and_every_result_names_its_chapter()
    {
        await using var visit = await browser.OpenAsync(CourseSite.PagePath("index.html"));

        var results = await SearchAsync(visit, "loss");
        var labels = await visit.Page.EvalOnSelectorAllAsync<string[]>("#search-results li > a", "links => links.map(a => a.textContent)");

        Assert.Equal(10, results.Count); // the loss is everywhere in the course: the list is cut at ten
        Assert.True(results.Select(PageOf).Distinct().Count() > 1, string.Join(", ", results));
        Assert.All(labels, label => Assert.Contains(site.Build.Chapters, c => label.StartsWith(c.Title, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_query_nothing_matches_says_so()
    {
        await using var visit = await browser.OpenAsync(CourseSite.PagePath("index.html"));

        var results = await SearchAsync(visit, "zzqxjv");

        Assert.Empty(results);
        Assert.Equal("No section of the course matches “zzqxjv”.", await visit.Page.InnerTextAsync(".search-summary"));
    }

    [Fact]
    public void The_search_library_and_index_ship_once_in_the_assets()
    {
        var pages = Directory.EnumerateFiles(CourseSite.Options.SiteRoot, "*.html").Select(File.ReadAllText).ToList();
        var library = File.ReadAllText(Path.Combine(CourseSite.Options.SiteRoot, SearchIndex.LibraryPath));
        var index = File.ReadAllText(Path.Combine(CourseSite.Options.SiteRoot, SearchIndex.IndexPath));

        Assert.Contains("MiniSearch", library);
        Assert.StartsWith("window.courseSearchIndex = {\"options\":", index);
        Assert.All(pages, page => Assert.DoesNotContain("MiniSearch", page)); // loaded on first use, never copied into a page
        Assert.All(site.Build.Chapters, c => Assert.Contains($"\"page\":\"{c.PageName}\"", index));
    }
}
