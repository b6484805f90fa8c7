using SiteBuilder.Site;

namespace Site.Tests;

public class SiteCommandLineTests
{
    private static readonly SiteOptions Defaults = new("/repo/artifacts/executed", "/repo/artifacts/site");

    [Fact]
    public void No_arguments_keep_the_repository_defaults()
    {
        Assert.Equal(Defaults, SiteCommandLine.Parse([], () => Defaults));
    }

    [Fact]
    public void Folders_can_be_chosen()
    {
        var options = SiteCommandLine.Parse(["--executed", "/tmp/in", "--out", "/tmp/out"], () => throw new Xunit.Sdk.XunitException("not needed"))!;

        Assert.Equal(("/tmp/in", "/tmp/out"), (options.ExecutedRoot, options.SiteRoot));
    }

    [Fact]
    public void One_folder_can_be_chosen_and_the_other_stays_the_repository_s()
    {
        var options = SiteCommandLine.Parse(["--out", "/tmp/out"], () => Defaults)!;

        Assert.Equal(("/repo/artifacts/executed", "/tmp/out"), (options.ExecutedRoot, options.SiteRoot));
    }

    [Fact]
    public void Help_asks_for_the_usage()
    {
        Assert.Null(SiteCommandLine.Parse(["--help"], () => Defaults));
    }

    [Theory]
    [InlineData("--bogus", "unknown option --bogus")]
    [InlineData("--out", "--out needs a folder")]
    [InlineData("stray", "unexpected argument stray (this tool takes only options)")]
    public void Bad_arguments_are_refused_saying_what_is_wrong(string argument, string message)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => SiteCommandLine.Parse([argument], () => Defaults));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void The_usage_lists_every_option_help_and_the_exit_codes()
    {
        Assert.StartsWith("Usage: dotnet run --project tools/SiteBuilder", SiteCommandLine.Usage);
        Assert.All(["--executed DIR", "--out DIR", "--notebooks DIR", "--repository URL", "-h, --help"], option => Assert.Contains(option, SiteCommandLine.Usage));
        Assert.Contains("Exit codes: 0 ok, 1 the site could not be built, 2 a wrong command line.", SiteCommandLine.Usage);
    }

    [Fact]
    public void The_notebooks_folder_and_the_repository_address_can_be_given()
    {
        var options = SiteCommandLine.Parse(["--executed", "/tmp/in", "--out", "/tmp/out", "--notebooks", "/tmp/nb", "--repository", "https://github.com/o/r"],
            () => throw new Xunit.Sdk.XunitException("not needed"))!;

        Assert.Equal(("/tmp/nb", "https://github.com/o/r"), (options.NotebooksRoot, options.RepositoryUrl));
    }

    [Fact]
    public void A_repository_option_without_its_address_says_what_it_needs()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => SiteCommandLine.Parse(["--repository"], () => Defaults));

        Assert.StartsWith("--repository needs an address, e.g. https://github.com/owner/repository", error.Message);
    }
}
