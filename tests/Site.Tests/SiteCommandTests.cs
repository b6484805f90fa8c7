using System.Diagnostics;
using static Site.Tests.FixtureNotebook;

namespace Site.Tests;

/// <summary>The SiteBuilder program as the README runs it, started as its own process.</summary>
public sealed class SiteCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private (int ExitCode, string Output, string Error) Run(params string[] arguments) => RunWith(null, arguments);

    private (int ExitCode, string Output, string Error) RunWith(string? path, params string[] arguments)
    {
        // The referenced SiteBuilder project's build output sits beside the tests.
        var run = ChildProcess.Run(ChildProcess.Of("dotnet", [Path.Combine(AppContext.BaseDirectory, "SiteBuilder.dll"), .. arguments]) with
        {
            // Outside the repository: with both folders named, the command must not need it.
            WorkingDirectory = folder.Path,
            Environment = path is null ? new Dictionary<string, string?>() : new Dictionary<string, string?> { ["PATH"] = path },
            Timeout = TimeSpan.FromMinutes(2),
        });
        Assert.False(run.TimedOut, run.Describe());
        return (run.ExitCode, run.StandardOutput, run.StandardError);
    }

    [Fact]
    public void Builds_the_site_and_lists_its_pages()
    {
        WriteTo(folder.Combine("executed"), "01_only.ipynb", Markdown("# 01 · Only chapter"), Code("1 + 1", Display("text/plain", "2")));

        var (exitCode, output, error) = Run("--executed", folder.Combine("executed"), "--out", folder.Combine("site"));

        Assert.Equal((0, ""), (exitCode, error));
        Assert.Contains($"Site written to {folder.Combine("site")}: index.html and 1 chapter pages, 0 charts.", output);
        Assert.Contains("01_only.html", output);
        Assert.True(File.Exists(folder.Combine("site", "01_only.html")));
    }

    [Fact]
    public void An_unknown_option_is_refused_with_the_usage_and_exit_code_2()
    {
        var (exitCode, output, error) = Run("--bogus");

        Assert.Equal((2, ""), (exitCode, output));
        Assert.StartsWith("SiteBuilder: unknown option --bogus.", error);
        Assert.Contains("Usage: dotnet run --project tools/SiteBuilder", error);
    }

    [Fact]
    public void Without_executed_notebooks_it_fails_saying_what_to_run()
    {
        var (exitCode, _, error) = Run("--executed", folder.Combine("missing"), "--out", folder.Combine("site"));

        Assert.Equal(1, exitCode);
        Assert.Contains("run them first: dotnet run --project tools/NotebookRunner", error);
    }

    [Fact]
    public void A_damaged_notebook_fails_with_a_message_naming_it_not_a_stack_trace()
    {
        WriteTo(folder.Combine("executed"), "01_only.ipynb", Markdown("# 01 · Only chapter"));
        File.WriteAllText(folder.Combine("executed", "02_cut.ipynb"), "{\"cells\": [{\"cell_type\": \"mark");

        var (exitCode, _, error) = Run("--executed", folder.Combine("executed"), "--out", folder.Combine("site"));

        Assert.Equal(1, exitCode);
        Assert.StartsWith("02_cut.ipynb is not valid JSON", error);
        Assert.DoesNotContain("Unhandled exception", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void An_output_folder_of_one_s_own_is_refused()
    {
        WriteTo(folder.Combine("executed"), "01_only.ipynb", Markdown("# 01 · Only chapter"));
        Directory.CreateDirectory(folder.Combine("mine"));
        File.WriteAllText(folder.Combine("mine", "index.html"), "mine");

        var (exitCode, _, error) = Run("--executed", folder.Combine("executed"), "--out", folder.Combine("mine"));

        Assert.Equal(1, exitCode);
        Assert.Contains("is not empty and no site build wrote it", error);
        Assert.Equal("mine", File.ReadAllText(folder.Combine("mine", "index.html")));
    }

    [Fact]
    public void Without_node_the_search_index_cannot_be_built_and_the_message_says_what_to_install()
    {
        WriteTo(folder.Combine("executed"), "01_only.ipynb", Markdown("# 01 · Only chapter"));
        // The builder is started by path here; its own PATH is a folder with nothing in it, so no node is found.
        var emptyPath = Directory.CreateDirectory(folder.Combine("empty-path")).FullName;

        var (exitCode, _, error) = RunWith(emptyPath, "--executed", folder.Combine("executed"), "--out", folder.Combine("site"));

        Assert.Equal(1, exitCode);
        Assert.StartsWith("Building the search index needs Node.js, which is not on PATH", error);
        Assert.Contains("apt-get install nodejs npm", error);
    }
}
