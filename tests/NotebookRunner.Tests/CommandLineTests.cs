namespace NotebookRunner.Tests;

public class CommandLineTests : WithTestNotebooks
{
    [Trait("Tier", "Full")] // runs the runner as a process, kernel processes and all
    [Fact]
    public async Task Runs_every_notebook_prints_a_table_and_exits_non_zero_naming_the_failing_cell()
    {
        var repo = RunnerProcess.FakeRepository(Notebooks.Folder);
        Notebooks.Write(Path.Combine("notebooks", "01_ok.ipynb"), "Console.WriteLine(1);");
        Notebooks.Write(Path.Combine("notebooks", "02_broken.ipynb"), "md:# Two", "throw new InvalidOperationException(\"broken on purpose\");");

        var run = await RunnerProcess.RunAsync(repo, null);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cell 2 (throw new InvalidOperationException(\"broken on purpose\");): InvalidOperationException: broken on purpose", run.Errors);
        Assert.Matches(@"notebooks/01_ok\.ipynb\s+1/1\s+\d+\.\d\s+passed", run.Output);
        Assert.Matches(@"notebooks/02_broken\.ipynb\s+1/1\s+\d+\.\d\s+failed", run.Output);
        Assert.Contains("1 passed, 1 failed", run.Output);
        Assert.True(File.Exists(Path.Combine(repo, "artifacts", "executed", "02_broken.ipynb")));
    }

    [Trait("Tier", "Full")] // runs the runner as a process, kernel processes and all
    [Fact]
    public async Task Runs_only_the_namedNotebooks_and_exits_zero_when_they_pass()
    {
        var repo = RunnerProcess.FakeRepository(Notebooks.Folder);
        Notebooks.Write(Path.Combine("notebooks", "01_ok.ipynb"), "Console.WriteLine(1);");
        Notebooks.Write(Path.Combine("notebooks", "02_broken.ipynb"), "throw new Exception();");

        var run = await RunnerProcess.RunAsync(repo, null, Path.Combine("notebooks", "01_ok.ipynb"));

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("02_broken", run.Output);
        Assert.Contains("1 passed, 0 failed", run.Output);
    }

    [Trait("Tier", "Full")] // runs the runner as a process, kernel processes and all
    [Fact]
    public async Task A_missing_notebook_is_one_line_on_stderr_not_a_stack_trace()
    {
        var repo = RunnerProcess.FakeRepository(Notebooks.Folder);

        var run = await RunnerProcess.RunAsync(repo, null, "notebooks/typo.ipynb");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("notebooks/typo.ipynb: no such notebook: notebooks/typo.ipynb", run.Errors.Trim());
    }

    [Trait("Tier", "Full")] // runs the runner as a process, kernel processes and all
    [Theory]
    [InlineData("--cell-timeout", "NotebookRunner: --cell-timeout needs a number of seconds greater than 0.")]
    [InlineData("--frobnicate", "NotebookRunner: unknown option --frobnicate.")]
    public async Task Bad_arguments_are_explained_with_the_usage(string argument, string message)
    {
        var run = await RunnerProcess.RunAsync(RunnerProcess.FakeRepository(Notebooks.Folder), null, argument);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(message, run.Errors);
        Assert.Contains("Usage: dotnet run --project tools/NotebookRunner", run.Errors);
    }

    [Theory]
    [InlineData("--cell-timeout", "0")]
    [InlineData("--cell-timeout", "soon")]
    [InlineData("--cell-timeout", "--help")]
    [InlineData("--timeout", "90")]
    public void A_wrong_option_is_a_usage_error(string option, string value)
    {
        Assert.ThrowsAny<ArgumentException>(() => CommandLine.Parse([option, value]));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_is_asked_for_with_either_spelling_and_the_usage_lists_options_and_exit_codes(string option)
    {
        Assert.True(CommandLine.Parse(["a.ipynb", option]).ShowHelp);
        Assert.StartsWith("Usage: dotnet run --project tools/NotebookRunner", CommandLine.Usage);
        Assert.Contains("--cell-timeout SECONDS", CommandLine.Usage);
        Assert.Contains("-h, --help", CommandLine.Usage);
        Assert.Contains("Exit codes: 0 ok, 1 a notebook failed or could not be run, 2 a wrong command line.", CommandLine.Usage);
    }

    [Fact]
    public void The_cell_timeout_option_is_read_in_seconds()
    {
        var parsed = CommandLine.Parse(["a.ipynb", "--cell-timeout", "90", "b.ipynb"]);
        Assert.Equal(["a.ipynb", "b.ipynb"], parsed.Notebooks);
        Assert.Equal(TimeSpan.FromSeconds(90), parsed.CellTimeout);
        Assert.Equal(TimeSpan.FromMinutes(10), CommandLine.Parse([]).CellTimeout);
    }
}
