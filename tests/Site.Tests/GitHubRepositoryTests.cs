using SiteBuilder.Site;

namespace Site.Tests;

public class GitHubRepositoryTests
{
    [Theory]
    [InlineData("https://github.com/learner/csharp-classification")]
    [InlineData("https://github.com/learner/csharp-classification.git")]
    [InlineData("https://github.com/learner/csharp-classification/")]
    [InlineData("git@github.com:learner/csharp-classification.git")]
    [InlineData("ssh://git@github.com/learner/csharp-classification")]
    public void A_github_address_in_any_of_git_s_forms_names_the_repository(string url)
    {
        var repository = GitHubRepository.FromUrl(url);

        Assert.Equal(new GitHubRepository("learner", "csharp-classification"), repository);
        Assert.Equal("https://codespaces.new/learner/csharp-classification?devcontainer_path=.devcontainer/devcontainer.json", repository!.CodespacesUrl);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://gitlab.com/learner/course")]
    [InlineData("/srv/git/course.git")]
    [InlineData("https://github.com/learner")]
    [InlineData("https://github.com/learner/course\"><script>")]
    public void Any_other_address_names_none(string? url)
    {
        Assert.Null(GitHubRepository.FromUrl(url));
    }

    [Fact]
    public void A_folder_without_git_has_no_origin()
    {
        using var folder = new TempFolder();

        Assert.Null(GitHubRepository.OriginOf(folder.Path));
    }
}
