using System.Reflection;
using Doctor.Tests.StockKernel;

namespace Doctor.Tests;

/// <summary>The doctor's checks and its reversible FSharp.Core fix, on a stand-in tool folder.</summary>
public class DoctorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("doctor-test-").FullName;
    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Version VersionIn(string folder) => AssemblyName.GetAssemblyName(Path.Combine(folder, "FSharp.Core.dll")).Version!;

    /// <summary>A folder laid out like the tool's: its app assembly and the FSharp.Core 10.0 it ships.</summary>
    private string FakeToolFolder(string under)
    {
        var tool = Directory.CreateDirectory(Path.Combine(under, "tools", "net10.0", "any")).FullName;
        var shipped = Path.Combine(Path.GetDirectoryName(StockKernelTool.StockAssembly)!, "FSharp.Core.dll");
        File.Copy(shipped, Path.Combine(tool, "FSharp.Core.dll"));
        File.WriteAllText(Path.Combine(tool, "Microsoft.DotNet.Interactive.App.dll"), "stand-in");
        return tool;
    }

    [Fact]
    public void The_fix_gives_the_tool_FSharp_Core_10_1_and_undo_puts_10_0_back()
    {
        var tool = FakeToolFolder(_folder);
        var check = new KernelFSharpCoreCheck([tool], Path.Combine(AppContext.BaseDirectory, "FSharp.Core.dll"));
        Assert.Equal(new Version(10, 0, 0, 0), VersionIn(tool));
        var before = check.Run();
        Assert.False(before.Passed);
        Assert.Contains("Plotly.NET 6 charts need 10.1", before.Detail);

        check.Fix();

        Assert.Equal(new Version(10, 1, 0, 0), VersionIn(tool));
        Assert.True(check.Run().Passed);
        Assert.True(File.Exists(Path.Combine(tool, KernelFSharpCoreCheck.BackupName)));
        Assert.Equal("nothing to fix", check.Fix());

        check.Undo();

        Assert.Equal(new Version(10, 0, 0, 0), VersionIn(tool));
        Assert.False(File.Exists(Path.Combine(tool, KernelFSharpCoreCheck.BackupName)));
        Assert.False(check.Run().Passed);
    }

    [Fact]
    public void Finds_the_local_tool_named_in_the_repository_manifest()
    {
        var repo = Directory.CreateDirectory(Path.Combine(_folder, "repo")).FullName;
        File.WriteAllText(Path.Combine(repo, "dotnet-tools.json"),
            """{ "version": 1, "isRoot": true, "tools": { "microsoft.dotnet-interactive": { "version": "9.9.9", "commands": ["dotnet-interactive"] } } }""");
        var packages = Path.Combine(_folder, "packages");
        var tool = FakeToolFolder(Path.Combine(packages, "microsoft.dotnet-interactive", "9.9.9"));

        Assert.Contains(tool, KernelToolFolders.Find(repo, packages));
    }

    [Fact]
    public void No_tool_at_all_fails_with_the_restore_command()
    {
        var result = new KernelFSharpCoreCheck([], "unused").Run();
        Assert.False(result.Passed);
        Assert.StartsWith("dotnet tool restore", result.Fix);
    }

    [Fact]
    public void Too_little_disk_fails_and_says_how_much_is_needed()
    {
        var result = new DiskSpaceCheck(_folder, requiredBytes: long.MaxValue).Run();
        Assert.False(result.Passed);
        Assert.Contains("GB free at", result.Detail);
        Assert.True(new DiskSpaceCheck(_folder, requiredBytes: 1).Run().Passed);
    }
}
