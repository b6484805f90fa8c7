using CourseTests;

namespace Kernels.Tests;

/// <summary>The doctor's Jupyter kernel spec: what it registers, that its command starts the pinned tool anywhere, and the check.</summary>
public class JupyterKernelTests : IDisposable
{
    private readonly string _kernels = Directory.CreateTempSubdirectory("jupyter-kernels-").FullName;
    public void Dispose() => Directory.Delete(_kernels, recursive: true);

    private static string PinnedVersion => KernelToolFolders.LocalToolVersion(StockKernelTool.RepositoryRoot)!;

    [Fact]
    public void Install_writes_a_net_csharp_spec_that_runs_the_pinned_tool_with_dotnet_tool_execute()
    {
        var written = JupyterKernelSpec.Install(_kernels, "1.2.3");

        Assert.Equal(Path.Combine(_kernels, ".net-csharp", "kernel.json"), written);
        var argv = JupyterKernelSpec.InstalledArgv(_kernels)!;
        Assert.Equal(["dotnet", "tool", "execute", "microsoft.dotnet-interactive@1.2.3", "--yes", "--", "jupyter"], argv.Take(7));
        Assert.Contains("{connection_file}", argv);
        Assert.Contains("--http-local-only", argv);
        Assert.Equal([written], Directory.GetFiles(Path.GetDirectoryName(written)!)); // no temporary file left
    }

    [Fact]
    public void The_specs_command_starts_the_pinned_tool_from_a_folder_outside_the_repository()
    {
        var argv = JupyterKernelSpec.Argv(PinnedVersion);
        var outside = Directory.CreateTempSubdirectory("outside-the-course-").FullName;
        try
        {
            // The command up to "--", then the tool's own --version instead of the kernel.
            var toolCommand = argv.Skip(1).TakeWhile(a => a != "--").Append("--").Append("--version");
            var (_, output) = StockKernelTool.Run(argv[0], toolCommand.ToList(), outside);

            Assert.StartsWith(PinnedVersion, output.Trim().Split('\n').Last().Trim());
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void The_check_fails_on_the_tools_own_spec_which_starts_only_inside_the_repository()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_kernels, ".net-csharp")).FullName;
        File.WriteAllText(Path.Combine(folder, "kernel.json"),
            """{ "argv": ["dotnet", "interactive", "jupyter", "--default-kernel", "csharp", "{connection_file}"], "display_name": ".NET (C#)", "language": "C#" }""");

        var result = new JupyterKernelCheck(_kernels, PinnedVersion, jupyterInstalled: true).Run();

        Assert.False(result.Passed);
        Assert.Contains("starts only inside this repository", result.Detail);
        Assert.Equal(JupyterKernelCheck.InstallCommand, result.Fix);
    }

    [Fact]
    public void The_check_passes_on_the_doctors_spec_and_when_Jupyter_is_not_used_at_all()
    {
        Assert.True(new JupyterKernelCheck(_kernels, PinnedVersion, jupyterInstalled: false).Run().Passed);
        Assert.False(new JupyterKernelCheck(_kernels, PinnedVersion, jupyterInstalled: true).Run().Passed);

        JupyterKernelSpec.Install(_kernels, PinnedVersion);

        Assert.True(new JupyterKernelCheck(_kernels, PinnedVersion, jupyterInstalled: true).Run().Passed);
        Assert.False(new JupyterKernelCheck(_kernels, "0.0.1", jupyterInstalled: true).Run().Passed);
    }
}
