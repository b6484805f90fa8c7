using System.Runtime.Versioning;
using CourseLib.Setup;

namespace CourseLib.Tests.Setup;

[SupportedOSPlatform("linux")]
public class LibTorchSharpRepairTests : IDisposable
{
    private const string NewerCxxVersion = "GLIBCXX_3.4.32";
    private readonly string _folder = Directory.CreateTempSubdirectory("repair-test-").FullName;
    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string ShippedLibrary =>
        Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", LibTorchSharpRepair.LibraryFileName);

    /// <summary>A copy of TorchSharp's library as NuGet ships it: the GCC 13 requirement not weak.</summary>
    private string PristineCopy()
    {
        var bytes = File.ReadAllBytes(ShippedLibrary);
        foreach (var need in ElfSymbolVersions.Parse(bytes).Needed.Where(n => n.Version == NewerCxxVersion))
            bytes[need.FlagsOffset] &= unchecked((byte)~ElfSymbolVersions.WeakFlag);
        var copy = Path.Combine(_folder, LibTorchSharpRepair.LibraryFileName);
        File.WriteAllBytes(copy, bytes);
        File.SetUnixFileMode(copy, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead);
        return copy;
    }

    private static string SystemCxxRuntime => LibTorchSharpRepair.FindLoadedCxxRuntime()!;

    private static bool SystemLacksNewerCxx => !ElfSymbolVersions.Read(SystemCxxRuntime).Defined.Contains(NewerCxxVersion);

    private const string NothingToRepairHere =
        "this system's libstdc++ (GCC 13 or newer) defines " + NewerCxxVersion + ", so there is nothing to repair; Debian 12 shows the repair";

    [LinuxFact]
    public void TorchSharp_0_107_needs_the_GCC_13_runtime_version_from_libstdcxx()
    {
        var need = Assert.Single(ElfSymbolVersions.Read(PristineCopy()).Needed, n => n.Version == NewerCxxVersion);
        Assert.Equal("libstdc++.so.6", need.File);
        Assert.False(need.IsWeak);
    }

    [LinuxFact]
    public void The_loaded_cxx_runtime_is_found_and_defines_its_versions()
    {
        var defined = ElfSymbolVersions.Read(SystemCxxRuntime).Defined;
        Assert.Contains("GLIBCXX_3.4.30", defined);
        Assert.Contains("CXXABI_1.3.13", defined);
    }

    [LinuxFact]
    public void Repair_marks_only_the_missing_version_weak_and_changes_nothing_else()
    {
        Assert.SkipUnless(SystemLacksNewerCxx, NothingToRepairHere);
        var library = PristineCopy();
        var before = File.ReadAllBytes(library);
        var mode = File.GetUnixFileMode(library);

        var said = LibTorchSharpRepair.EnsureLoadable(library);

        Assert.Contains($"marked {NewerCxxVersion} weak", said.Message);
        Assert.True(said.Repaired);
        var after = File.ReadAllBytes(library);
        var changed = Enumerable.Range(0, before.Length).Where(i => before[i] != after[i]).ToList();
        var need = ElfSymbolVersions.Parse(after).Needed.Single(n => n.Version == NewerCxxVersion);
        Assert.Equal([(int)need.FlagsOffset], changed);
        Assert.True(need.IsWeak);
        Assert.All(ElfSymbolVersions.Parse(after).Needed.Where(n => n.Version != NewerCxxVersion), n => Assert.False(n.IsWeak));
        Assert.Equal(mode, File.GetUnixFileMode(library));
        Assert.Equal([LibTorchSharpRepair.LibraryFileName], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [LinuxFact]
    public void Repair_is_idempotent()
    {
        var library = PristineCopy();
        LibTorchSharpRepair.EnsureLoadable(library);
        var once = File.ReadAllBytes(library);

        var said = LibTorchSharpRepair.EnsureLoadable(library);

        Assert.Contains("nothing to repair", said.Message);
        Assert.False(said.Repaired);
        Assert.Equal(once, File.ReadAllBytes(library));
    }

    [LinuxFact]
    public void Repair_refuses_when_the_runtime_lacks_versions_that_are_really_used()
    {
        // libc10.so defines no GLIBCXX versions at all: as a "C++ runtime" it lacks everything.
        var notACxxRuntime = Path.Combine(Path.GetDirectoryName(ShippedLibrary)!, "libc10.so");
        var library = PristineCopy();
        var before = File.ReadAllBytes(library);

        var error = Assert.Throws<InvalidOperationException>(() => LibTorchSharpRepair.EnsureLoadable(library, notACxxRuntime));

        Assert.Contains("GLIBCXX_3.4.30", error.Message);
        Assert.Contains("Install a newer libstdc++6", error.Message);
        Assert.Equal(before, File.ReadAllBytes(library));
    }

    [LinuxFact]
    public void A_missing_library_is_named_in_the_error()
    {
        var missing = Path.Combine(_folder, "nope", LibTorchSharpRepair.LibraryFileName);
        var error = Assert.Throws<FileNotFoundException>(() => LibTorchSharpRepair.EnsureLoadable(missing));
        Assert.Contains(missing, error.Message);
    }

    [LinuxFact]
    public void A_file_that_is_not_ELF_is_rejected_clearly()
    {
        var text = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(text, "not a shared library, but long enough to have an ELF header's worth of bytes in it");
        var error = Assert.Throws<InvalidDataException>(() => ElfSymbolVersions.Read(text));
        Assert.Equal($"{text} is not an ELF file.", error.Message);
    }
}
