using System.Diagnostics;

namespace Apps.Tests;

/// <summary>The generator's command line: `dotnet run --project tools/AppGenerator [-- --check]`.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly TempRepository _repository = new();

    public void Dispose() => _repository.Dispose();

    private (int ExitCode, string Output, string Errors) Generator(params string[] args)
    {
        var run = ChildProcess.Run(ChildProcess.Of("dotnet", [Path.Combine(AppContext.BaseDirectory, "AppGenerator.dll"), .. args]) with { WorkingDirectory = _repository.Root });
        Assert.False(run.TimedOut, run.Describe());
        return (run.ExitCode, run.StandardOutput, run.StandardError);
    }

    [Fact]
    public void Check_fails_naming_each_stale_program_and_the_command_then_passes_once_they_are_generated()
    {
        _repository.WriteNotebook("01_first", "var x = 1;");
        _repository.WriteNotebook("02_second", "var y = 2;");

        var stale = Generator("--check");
        Assert.Equal(1, stale.ExitCode);
        Assert.Contains("apps/01_first.cs", stale.Errors);
        Assert.Contains("apps/02_second.cs", stale.Errors);
        Assert.Contains("dotnet run --project tools/AppGenerator", stale.Errors);
        Assert.False(Directory.Exists(Path.Combine(_repository.Root, "apps")), "--check must write nothing");

        Assert.Equal(0, Generator().ExitCode);
        Assert.True(File.Exists(Path.Combine(_repository.Root, "apps", "02_second.cs")));
        Assert.Equal(0, Generator("--check").ExitCode);

        _repository.WriteNotebook("02_second", "var y = 3;");
        var changed = Generator("--check");
        Assert.Equal(1, changed.ExitCode);
        Assert.Contains("stale    apps/02_second.cs", changed.Output);
        Assert.Contains("current  apps/01_first.cs", changed.Output);
    }

    [Fact]
    public void A_notebook_it_cannot_convert_fails_the_command_with_the_reason()
    {
        _repository.WriteNotebook("01_bad", "#r \"nuget: Unpinned.Package, 1.0.0\"");

        var result = Generator();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("notebooks/01_bad.ipynb cell 1", result.Errors);
    }

    [Fact]
    public void An_unknown_argument_is_refused_with_the_usage()
    {
        var result = Generator("--chek");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("AppGenerator: unknown option --chek.", result.Errors);
        Assert.Contains("Usage: dotnet run --project tools/AppGenerator [-- --check]", result.Errors);
    }

    [Fact]
    public void Help_prints_the_usage_with_the_exit_codes_and_writes_nothing()
    {
        _repository.WriteNotebook("01_first", "var x = 1;");

        var result = Generator("--help");

        Assert.Equal((0, ""), (result.ExitCode, result.Errors));
        Assert.StartsWith("Usage: dotnet run --project tools/AppGenerator [-- --check]", result.Output);
        Assert.Contains("Exit codes: 0 ok, 1 ", result.Output);
        Assert.False(Directory.Exists(Path.Combine(_repository.Root, "apps")), "--help must write nothing");
    }
}
