using System.Reflection;
using CourseTests;

namespace Doctor.Tests;

/// <summary>The doctor's checks, and the undo of the former FSharp.Core fix, on stand-in tool folders.</summary>
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
    public void The_stock_tools_FSharp_Core_10_0_passes_because_the_setup_cell_serves_Plotly_from_it()
    {
        var tool = FakeToolFolder(_folder);

        var result = new KernelFSharpCoreCheck([tool]).Run();

        Assert.True(result.Passed, result.ToString());
        Assert.Contains("FSharp.Core 10.0 in 1 tool install(s)", result.Detail);
        Assert.Contains("no tool needs patching", result.Detail);
    }

    [Fact]
    public void A_tool_the_old_fix_patched_is_reported_and_undo_puts_its_own_FSharp_Core_back()
    {
        var tool = FakeToolFolder(_folder);
        // What the former doctor --fix left: the original kept aside, FSharp.Core 10.1 in its place.
        File.Move(Path.Combine(tool, "FSharp.Core.dll"), Path.Combine(tool, KernelFSharpCoreCheck.BackupName));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "FSharp.Core.dll"), Path.Combine(tool, "FSharp.Core.dll"));
        var check = new KernelFSharpCoreCheck([tool]);
        Assert.Equal(new Version(10, 1, 0, 0), VersionIn(tool));
        Assert.Contains("--undo", check.Run().Detail);

        var said = check.Undo();

        Assert.Contains("original FSharp.Core 10.0 restored", said);
        Assert.Equal(new Version(10, 0, 0, 0), VersionIn(tool));
        Assert.False(File.Exists(Path.Combine(tool, KernelFSharpCoreCheck.BackupName)));
        Assert.DoesNotContain("--undo", check.Run().Detail);
        Assert.Equal("nothing to undo", check.Undo());
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
        Assert.Equal("9.9.9", KernelToolFolders.LocalToolVersion(repo));
    }

    [Fact]
    public void No_tool_at_all_fails_with_the_restore_command()
    {
        var result = new KernelFSharpCoreCheck([]).Run();
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
