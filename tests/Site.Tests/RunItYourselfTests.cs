using System.Text.Json.Nodes;

namespace Site.Tests;

/// <summary>The "Run it yourself" box on every chapter page, opened in the browser, and the notebooks it offers.</summary>
[Trait("Tier", "Full")]
public class RunItYourselfTests(CourseSite site, OfflineBrowser browser) : ChromiumTests
{
    [Theory]
    [MemberData(nameof(CourseSite.ChapterPages), MemberType = typeof(CourseSite))]
    public async Task Every_chapter_offers_both_notebooks_the_runner_command_and_the_other_ways(string page)
    {
        var chapter = site.Build.Chapters.Single(c => c.PageName == page);
        await using var visit = await browser.OpenAsync(CourseSite.PagePath(page));
        var box = visit.Page.Locator("aside.run-it");
        var downloads = await visit.Page.EvalOnSelectorAllAsync<string[]>("aside.run-it .downloads a[download]", "links => links.map(a => a.getAttribute('href'))");
        var text = await box.InnerTextAsync();

        Assert.True(await box.IsVisibleAsync());
        Assert.Equal(2, downloads.Length);
        var clean = JsonNode.Parse(File.ReadAllText(CourseSite.PagePath(downloads[0])))!;
        var executed = JsonNode.Parse(File.ReadAllText(CourseSite.PagePath(downloads[1])))!;
        Assert.Equal(File.ReadAllText(Path.Combine(CourseSite.Runner.NotebooksRoot, chapter.Notebook.RelativePath)), File.ReadAllText(CourseSite.PagePath(downloads[0])));
        Assert.Empty(Outputs(clean));
        Assert.NotEmpty(Outputs(executed));
        Assert.DoesNotContain("/.nuget/packages/", File.ReadAllText(CourseSite.PagePath(downloads[1])).Replace("~/.nuget/packages/", ""));
        Assert.Contains($"dotnet run --project tools/NotebookRunner -- notebooks/{chapter.Notebook.RelativePath}", text);
        Assert.Contains("VS Code", text);
        Assert.Contains("Jupyter", text);
    }

    [Fact]
    public async Task The_chapter_as_a_program_is_offered_only_where_its_app_exists()
    {
        var root = CourseSite.Options.RepositoryRoot!;
        foreach (var chapter in site.Build.Chapters)
        {
            var app = Path.Combine(root, "apps", Path.GetFileNameWithoutExtension(chapter.Notebook.RelativePath) + ".cs");
            await using var visit = await browser.OpenAsync(CourseSite.PagePath(chapter.PageName));
            var text = await visit.Page.InnerTextAsync("aside.run-it");
            Assert.Equal((chapter.PageName, File.Exists(app)), (chapter.PageName, text.Contains("As a program")));
        }
    }

    [Fact]
    public async Task Without_a_known_repository_the_box_says_so_instead_of_a_codespaces_link()
    {
        // This clone's site: built without --repository; the test checks whichever case the clone is in.
        var origin = SiteBuilder.Site.GitHubRepository.FromUrl(SiteBuilder.Site.GitHubRepository.OriginOf(CourseSite.Options.RepositoryRoot!));
        await using var visit = await browser.OpenAsync(CourseSite.PagePath(site.Build.Chapters[0].PageName));

        var codespaces = await visit.Page.InnerTextAsync("aside.run-it .codespaces");

        if (origin is null)
        {
            Assert.StartsWith("No GitHub Codespaces link:", codespaces);
            Assert.Equal(0, await visit.Page.Locator("aside.run-it .codespaces a").CountAsync());
        }
        else
            Assert.Equal(origin.CodespacesUrl, await visit.Page.GetAttributeAsync("aside.run-it .codespaces a", "href"));
    }

    private static IEnumerable<JsonNode> Outputs(JsonNode notebook) =>
        notebook["cells"]!.AsArray().SelectMany(c => c!["outputs"]?.AsArray() ?? []).OfType<JsonNode>();
}
