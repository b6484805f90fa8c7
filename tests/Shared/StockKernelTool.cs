using System.Reflection;
using CourseTools;
using Doctor;

namespace CourseTests;

/// <summary>
/// The stock dotnet-interactive tool pinned in dotnet-tools.json, restored with <c>dotnet tool restore</c> and used as
/// NuGet installed it: its own FSharp.Core 10.0, nothing patched (the notebooks' setup makes Plotly.NET 6 work there).
/// Linked into the kernel tests (which run it) and the doctor's tests (which copy its FSharp.Core into stand-in folders).
/// </summary>
internal static class StockKernelTool
{
    private const string AppAssembly = "Microsoft.DotNet.Interactive.App.dll";
    private static readonly Lazy<string> Tool = new(Prepare);

    public static string RepositoryRoot { get; } = CourseTools.RepositoryRoot.Find(AppContext.BaseDirectory);

    /// <summary>The tool's app assembly as NuGet installed it.</summary>
    public static string StockAssembly => Tool.Value;

    /// <summary>The version of the FSharp.Core the tool ships beside its app assembly.</summary>
    public static Version FSharpCoreVersion() =>
        AssemblyName.GetAssemblyName(Path.Combine(Path.GetDirectoryName(StockAssembly)!, "FSharp.Core.dll")).Version!;

    /// <summary>The tool's FSharp.Core bytes, to show that running the notebooks changed nothing in it.</summary>
    public static byte[] FSharpCoreBytes() => File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(StockAssembly)!, "FSharp.Core.dll"));

    private static string Prepare()
    {
        Run("dotnet", ["tool", "restore"], RepositoryRoot);
        var stock = KernelToolFolders.LocalToolAssembly(RepositoryRoot, PackageFolders.NuGetPackages)
            ?? throw new InvalidOperationException("dotnet tool restore ran, but the dotnet-interactive tool was not found");
        Assert.True(File.Exists(stock), $"{stock} is missing");
        return stock;
    }

    /// <summary>Runs <paramref name="command"/> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>, failing the test unless it succeeds.</summary>
    public static (int ExitCode, string Output) Run(string command, IReadOnlyList<string> arguments, string workingDirectory)
    {
        var run = ChildProcess.Run(new ChildProcess.Command(command, arguments) { WorkingDirectory = workingDirectory });
        Assert.True(run.Succeeded, run.Describe());
        return (run.ExitCode, run.Output);
    }
}
