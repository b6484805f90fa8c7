using System.Diagnostics;

namespace Doctor.Tests.StockKernel;

/// <summary>
/// The stock dotnet-interactive tool pinned in dotnet-tools.json, restored with <c>dotnet tool restore</c>:
/// as installed (FSharp.Core 10.0), and as a private copy with the doctor's FSharp.Core fix applied, so the
/// tests never change the learner's own install.
/// </summary>
public static class StockKernelTool
{
    private const string AppAssembly = "Microsoft.DotNet.Interactive.App.dll";
    private static readonly Lazy<(string Stock, string Fixed)> Tools = new(Prepare);

    public static string RepositoryRoot => RepositoryNotebooks.RepositoryRoot;

    /// <summary>The tool as NuGet installed it.</summary>
    public static string StockAssembly => Tools.Value.Stock;

    /// <summary>A copy under artifacts/stock-kernel/ with <c>doctor --fix</c>'s FSharp.Core 10.1.</summary>
    public static string FixedAssembly => Tools.Value.Fixed;

    private static (string, string) Prepare()
    {
        Run("dotnet", "tool restore", RepositoryRoot);
        var stock = KernelToolFolders.LocalToolAssembly(RepositoryRoot, PackageFolders.NuGetPackages)
            ?? throw new InvalidOperationException("dotnet tool restore ran, but the dotnet-interactive tool was not found");
        var copy = Path.Combine(RepositoryRoot, "artifacts", "stock-kernel", "dotnet-interactive");
        if (Directory.Exists(copy)) Directory.Delete(copy, recursive: true);
        CopyFolder(Path.GetDirectoryName(stock)!, copy);
        var fix = new KernelFSharpCoreCheck([copy], Path.Combine(AppContext.BaseDirectory, "FSharp.Core.dll"));
        fix.Fix();
        Assert.True(fix.Run().Passed, fix.Run().ToString());
        return (stock, Path.Combine(copy, AppAssembly));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void Run(string command, string arguments, string workingDirectory)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{command} {arguments} failed: {output.Result}{errors.Result}");
    }
}
