using System.Diagnostics;
using CourseTests;

namespace NotebookRunner.Tests;

/// <summary>TorchSharp in a notebook on this system, even with a foreign libtorch on the loader path.</summary>
public class TorchSharpNativeTests : WithTestNotebooks
{
    private const string TorchCell = "#r \"nuget: TorchSharp-cpu, 0.107.0\"\nConsole.WriteLine(TorchSharp.torch.ones(3).sum().item<float>());";

    [Fact]
    public async Task A_notebook_restoring_TorchSharp_computes_with_it()
    {
        var path = Notebooks.Write("torch.ipynb", TorchCell);

        var result = await Notebooks.RunAsync(path);

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal("3\n", TestNotebook.ReadExecuted(result).Outputs(0).Last()!["text"].JoinedText());
    }

    [Trait("Tier", "Full")] // runs the runner as a process, kernel processes and all
    [Fact]
    public async Task A_foreign_libtorch_on_LD_LIBRARY_PATH_does_not_replace_the_packaged_one()
    {
        // Stand-ins for a system libtorch (as Debian's python3-torch installs): same sonames, other symbols.
        var foreign = Directory.CreateDirectory(Path.Combine(Notebooks.Folder, "foreign-libtorch")).FullName;
        var source = Path.Combine(foreign, "empty.c");
        File.WriteAllText(source, "int not_torch(void) { return 0; }\n");
        foreach (var soname in new[] { "libc10.so", "libtorch_cpu.so", "libtorch.so" })
            Compile(source, Path.Combine(foreign, soname), soname);
        var repo = RunnerProcess.FakeRepository(Path.Combine(Notebooks.Folder, "repo").EnsureFolderExists());
        File.Copy(Notebooks.Write("torch.ipynb", TorchCell), Path.Combine(repo, "notebooks", "torch.ipynb"));

        var run = await RunnerProcess.RunAsync(repo, new Dictionary<string, string> { ["LD_LIBRARY_PATH"] = foreign });

        Assert.True(run.ExitCode == 0, run.Output + run.Errors);
        var executed = File.ReadAllText(Path.Combine(repo, "artifacts", "executed", "torch.ipynb"));
        Assert.Contains("\"3\\n\"", executed);
    }

    private static void Compile(string source, string output, string soname)
    {
        var cc = ChildProcess.Run(ChildProcess.Of(Prerequisite.CCompiler.Require(), "-shared", "-fPIC", "-o", output, $"-Wl,-soname,{soname}", source));
        Assert.True(cc.Succeeded, cc.Describe());
    }
}

internal static class FolderExtensions
{
    public static string EnsureFolderExists(this string folder)
    {
        Directory.CreateDirectory(folder);
        return folder;
    }
}
