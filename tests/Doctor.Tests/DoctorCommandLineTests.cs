using System.Diagnostics;
using Doctor;

namespace Doctor.Tests;

/// <summary>The doctor's command line, in the course tools' one convention.</summary>
public class DoctorCommandLineTests
{
    [Fact]
    public void No_arguments_only_check()
    {
        Assert.Equal(new DoctorCommandLine(DoctorMode.Check, null, ShowHelp: false), DoctorCommandLine.Parse([]));
    }

    [Theory]
    [InlineData("--fix", DoctorMode.Fix)]
    [InlineData("--undo", DoctorMode.Undo)]
    [InlineData("--install-jupyter-kernel", DoctorMode.InstallJupyterKernel)]
    public void Each_mode_has_its_option(string option, DoctorMode mode)
    {
        Assert.Equal(mode, DoctorCommandLine.Parse([option]).Mode);
    }

    [Fact]
    public void The_kernels_folder_is_an_option_with_a_value_and_the_earlier_bare_folder_still_works()
    {
        var named = DoctorCommandLine.Parse(["--install-jupyter-kernel", "--kernels-folder", "/tmp/kernels"]);
        var bare = DoctorCommandLine.Parse(["--install-jupyter-kernel", "/tmp/kernels"]);

        Assert.Equal(new DoctorCommandLine(DoctorMode.InstallJupyterKernel, "/tmp/kernels", ShowHelp: false), named);
        Assert.Equal(named, bare);
    }

    [Theory]
    [InlineData(new[] { "--frobnicate" }, "unknown option --frobnicate")]
    [InlineData(new[] { "--fix", "--undo" }, "--undo cannot be combined with another of --fix, --undo, --install-jupyter-kernel")]
    [InlineData(new[] { "--kernels-folder", "/tmp/kernels" }, "--kernels-folder goes with --install-jupyter-kernel")]
    [InlineData(new[] { "--install-jupyter-kernel", "--kernels-folder" }, "--kernels-folder needs a folder")]
    [InlineData(new[] { "--fix", "stray" }, "unexpected argument stray (this tool takes only options)")]
    public void A_wrong_command_line_is_refused_saying_what_is_wrong(string[] args, string message)
    {
        Assert.Equal(message, Assert.ThrowsAny<ArgumentException>(() => DoctorCommandLine.Parse(args)).Message);
    }

    [Fact]
    public void The_usage_lists_every_option_help_and_the_exit_codes()
    {
        Assert.True(DoctorCommandLine.Parse(["--help"]).ShowHelp);
        Assert.True(DoctorCommandLine.Parse(["-h"]).ShowHelp);
        Assert.StartsWith("Usage: dotnet run --project tools/Doctor", DoctorCommandLine.Usage);
        Assert.All(["--fix", "--undo", "--install-jupyter-kernel", "--kernels-folder DIR", "-h, --help"], option => Assert.Contains(option, DoctorCommandLine.Usage));
        Assert.Contains("Exit codes: 0 ok, 1 a check failed, 2 a wrong command line.", DoctorCommandLine.Usage);
    }

    [Fact]
    public async Task The_command_refuses_an_unknown_option_with_the_usage_and_exit_code_2_before_checking_anything()
    {
        var run = await ChildProcess.RunAsync(ChildProcess.Of("dotnet", Path.Combine(AppContext.BaseDirectory, "Doctor.dll"), "--frobnicate")
            with { Timeout = TimeSpan.FromMinutes(1) }, TestContext.Current.CancellationToken);
        Assert.False(run.TimedOut, run.Describe());

        var (printed, complained) = (run.StandardOutput, run.StandardError);

        Assert.Equal((2, ""), (run.ExitCode, printed));
        Assert.StartsWith("Doctor: unknown option --frobnicate.", complained);
        Assert.Contains("Usage: dotnet run --project tools/Doctor", complained);
    }
}
