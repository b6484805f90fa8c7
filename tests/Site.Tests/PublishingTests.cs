using SiteBuilder.Site;
using static Site.Tests.FixtureNotebook;

namespace Site.Tests;

/// <summary>Which executed notebooks become chapters, and what each chapter's "Run it yourself" box offers.</summary>
public sealed class PublishingTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly SiteOptions options;

    public PublishingTests()
    {
        var repository = folder.Combine("repo");
        options = new SiteOptions(Path.Combine(repository, "artifacts", "executed"), Path.Combine(repository, "artifacts", "site"))
        {
            NotebooksRoot = Path.Combine(repository, "notebooks"),
            RepositoryRoot = repository,
        };
        foreach (var root in new[] { options.NotebooksRoot, options.ExecutedRoot })
            WriteTo(root, "01_data.ipynb", Markdown("# 01 · Data"), Code("1", root == options.ExecutedRoot ? [Stream("1\n")] : []));
        // Scratch runs beside the chapters: an executed notebook with no notebook of the course behind it.
        WriteTo(options.ExecutedRoot, "scratch.ipynb", Markdown("# Trying things"), Code("2"));
        WriteTo(options.ExecutedRoot, "02_my_copy.ipynb", Markdown("# 02 · My copy"), Code("3"));
    }

    public void Dispose() => folder.Dispose();

    private string Page(string name) => File.ReadAllText(Path.Combine(options.SiteRoot, name));

    [Fact]
    public void Only_notebooks_of_the_course_are_published_and_the_others_are_reported()
    {
        var result = SiteGenerator.Build(options);

        Assert.Equal(["01_data.html"], result.Chapters.Select(c => c.PageName));
        Assert.Equal(["02_my_copy.ipynb", "scratch.ipynb"], result.Skipped);
        Assert.False(File.Exists(Path.Combine(options.SiteRoot, "scratch.html")));
        Assert.DoesNotContain("scratch", Page("index.html"));
        Assert.DoesNotContain("My copy", File.ReadAllText(Path.Combine(options.SiteRoot, SearchIndex.IndexPath)));
    }

    [Fact]
    public void Without_the_course_s_notebooks_folder_chapters_are_the_notebooks_named_like_one()
    {
        var result = SiteGenerator.Build(options with { NotebooksRoot = null });

        Assert.Equal(["01_data.html", "02_my_copy.html"], result.Chapters.Select(c => c.PageName));
        Assert.Equal(["scratch.ipynb"], result.Skipped);
    }

    [Fact]
    public void A_folder_of_scratch_runs_alone_says_there_is_no_chapter()
    {
        var error = Assert.Throws<DirectoryNotFoundException>(() => SiteGenerator.Build(options with { NotebooksRoot = folder.Combine("empty") }));

        Assert.Contains("is a chapter of the course", error.Message);
    }

    [Fact]
    public void The_page_offers_the_clean_and_the_executed_notebook()
    {
        SiteGenerator.Build(options);

        Assert.Contains("<a href=\"downloads/01_data.ipynb\" download>", Page("01_data.html"));
        Assert.Contains("<a href=\"downloads/01_data.executed.ipynb\" download>", Page("01_data.html"));
        Assert.Equal(File.ReadAllText(Path.Combine(options.NotebooksRoot!, "01_data.ipynb")), Page("downloads/01_data.ipynb"));
        Assert.Contains("\"output_type\": \"stream\"", Page("downloads/01_data.executed.ipynb").Replace("\"output_type\":\"stream\"", "\"output_type\": \"stream\""));
        Assert.Contains("<code>dotnet run --project tools/NotebookRunner -- notebooks/01_data.ipynb</code>", Page("01_data.html"));
    }

    [Fact]
    public void The_chapter_as_a_program_is_offered_once_its_app_exists()
    {
        SiteGenerator.Build(options);
        Assert.DoesNotContain("As a program", Page("01_data.html"));

        Directory.CreateDirectory(Path.Combine(options.RepositoryRoot!, "apps"));
        File.WriteAllText(Path.Combine(options.RepositoryRoot!, "apps", "01_data.cs"), "Console.WriteLine(1);");
        SiteGenerator.Build(options);

        Assert.Contains("<strong>As a program</strong>: <code>dotnet run apps/01_data.cs</code>", Page("01_data.html"));
    }

    [Fact]
    public void A_github_repository_gives_the_codespaces_link()
    {
        SiteGenerator.Build(options with { RepositoryUrl = "https://github.com/learner/course.git" });

        Assert.Contains("<a href=\"https://codespaces.new/learner/course?devcontainer_path=.devcontainer/devcontainer.json\">Open in GitHub Codespaces</a>", Page("01_data.html"));
    }

    [Fact]
    public void Without_a_repository_address_the_page_says_so_and_invents_no_link()
    {
        SiteGenerator.Build(options);

        Assert.Contains("No GitHub Codespaces link: this site was built without the repository&#39;s address", Page("01_data.html"));
        Assert.DoesNotContain("codespaces.new", Page("01_data.html"));
    }

    [Fact]
    public void An_address_that_is_not_on_github_is_named_as_the_reason()
    {
        SiteGenerator.Build(options with { RepositoryUrl = "https://gitlab.com/learner/course" });

        Assert.Contains("the repository&#39;s address (https://gitlab.com/learner/course) is not on GitHub.", Page("01_data.html"));
    }
}
