using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using CourseLib.Setup;
using CourseLib.Tests.Setup;

namespace CourseLib.Tests.Apps;

/// <summary>
/// A chapter program's output folder holds TorchSharp's native library as a hard link to the NuGet cache's copy
/// (Directory.Build.props asks for hard links). The repair that TorchSetup.Initialize runs there must give the
/// program its own repaired file, never change the cached package through the link.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class HardLinkedNativeRepairTests : IDisposable
{
    private const string NewerCxxVersion = "GLIBCXX_3.4.32";
    private readonly string _folder = Directory.CreateTempSubdirectory("hardlink-repair-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);

    private static string Stat(string format, string path)
    {
        return ChildProcess.Run(ChildProcess.Of("stat", "-c", format, path)).EnsureSucceeded().StandardOutput.Trim();
    }

    private static bool SystemLacksNewerCxx =>
        !ElfSymbolVersions.Read(LibTorchSharpRepair.FindLoadedCxxRuntime()!).Defined.Contains(NewerCxxVersion);

    /// <summary>A "NuGet cache" copy as TorchSharp ships it (the GCC 13 need not weak) and a program's hard link to it.</summary>
    private (string Cached, string Program) CachedCopyAndProgramLink(bool pristine)
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", LibTorchSharpRepair.LibraryFileName);
        var bytes = File.ReadAllBytes(shipped);
        foreach (var need in ElfSymbolVersions.Parse(bytes).Needed.Where(n => n.Version == NewerCxxVersion))
            if (pristine) bytes[need.FlagsOffset] &= unchecked((byte)~ElfSymbolVersions.WeakFlag);
            else bytes[need.FlagsOffset] |= (byte)ElfSymbolVersions.WeakFlag;
        var cached = Path.Combine(Directory.CreateDirectory(Path.Combine(_folder, "nuget")).FullName, LibTorchSharpRepair.LibraryFileName);
        File.WriteAllBytes(cached, bytes);
        var program = Path.Combine(Directory.CreateDirectory(Path.Combine(_folder, "app", "bin")).FullName, LibTorchSharpRepair.LibraryFileName);
        Assert.True(Link(cached, program) == 0, $"link(2) failed: errno {Marshal.GetLastWin32Error()}");
        Assert.Equal(Stat("%i", cached), Stat("%i", program));
        return (cached, program);
    }

    [LinuxFact]
    public void Repairing_a_programs_hard_link_gives_it_its_own_file_and_leaves_the_cached_package_as_shipped()
    {
        Assert.SkipUnless(SystemLacksNewerCxx,
            "this system's libstdc++ (GCC 13 or newer) defines " + NewerCxxVersion + ", so nothing is ever repaired; Debian 12 shows the repair");
        var (cached, program) = CachedCopyAndProgramLink(pristine: true);
        var cachedBytes = File.ReadAllBytes(cached);

        var said = LibTorchSharpRepair.EnsureLoadable(program);

        Assert.Contains($"marked {NewerCxxVersion} weak", said.Message);
        Assert.NotEqual(Stat("%i", cached), Stat("%i", program));
        Assert.Equal("1", Stat("%h", cached));
        Assert.Equal(cachedBytes, File.ReadAllBytes(cached));
        Assert.False(ElfSymbolVersions.Read(cached).Needed.Single(n => n.Version == NewerCxxVersion).IsWeak);
        Assert.True(ElfSymbolVersions.Read(program).Needed.Single(n => n.Version == NewerCxxVersion).IsWeak);
    }

    [LinuxFact]
    public void A_link_to_a_cached_copy_that_needs_no_repair_stays_a_link()
    {
        var (cached, program) = CachedCopyAndProgramLink(pristine: false);

        var said = LibTorchSharpRepair.EnsureLoadable(program);

        Assert.Contains("nothing to repair", said.Message);
        Assert.Equal(Stat("%i", cached), Stat("%i", program));
        Assert.Equal("2", Stat("%h", cached));
    }
}
