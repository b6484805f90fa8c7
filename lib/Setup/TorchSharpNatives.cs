namespace CourseLib.Setup;

/// <summary>
/// The one way from "where TorchSharp's files are" to "its native library loadable and the packaged libtorch loaded",
/// taken by both places that need it: <c>TorchSetup.Initialize</c> (every notebook's second setup cell, which starts
/// from the folder TorchSharp.dll was loaded from) and the headless runner's <c>PackageHooks</c> (which starts from the
/// folders of the packages a cell's <c>#r "nuget: …"</c> restored, for notebooks that never call the setup).
/// </summary>
/// <remarks>
/// Linux only, and internal: no notebook calls it. It has no TorchSharp dependency, so the runner compiles it as linked
/// source (with <see cref="LibTorchSharpRepair"/>, <see cref="ElfSymbolVersions"/> and <see cref="LibTorchPreload"/>)
/// and stays free of TorchSharp itself.
/// </remarks>
internal static class TorchSharpNatives
{
    /// <summary>libtorch's main library; the folder that holds it holds the rest of libtorch.</summary>
    public const string LibTorchFileName = "libtorch_cpu.so";

    /// <summary>
    /// The native folders for the TorchSharp.dll in <paramref name="torchSharpDir"/>: an app's output folder (natives
    /// beside the dll, or under <c>runtimes/</c>) or a NuGet package folder (<c>torchsharp/VERSION/lib/TFM/</c>, with
    /// libtorch in the sibling package <c>libtorch-cpu-linux-x64</c>, its newest version first).
    /// </summary>
    public static NativeFolders BesideAssembly(string torchSharpDir)
    {
        string[] nearby =
        [
            torchSharpDir,
            NativeFolderIn(torchSharpDir),
            NativeFolderIn(Path.GetFullPath(Path.Combine(torchSharpDir, "..", ".."))),
        ];
        return new(
            LibTorchSharp: FolderHolding(nearby, LibTorchSharpRepair.LibraryFileName),
            LibTorch: FolderHolding(nearby.Concat(LibTorchPackageFolders(torchSharpDir)), LibTorchFileName));
    }

    /// <summary>The native folders among restored NuGet packages, given their root folders (any order, any other packages).</summary>
    public static NativeFolders InPackages(IEnumerable<string> packageRoots)
    {
        var folders = packageRoots.Select(NativeFolderIn).ToList();
        return new(
            LibTorchSharp: FolderHolding(folders, LibTorchSharpRepair.LibraryFileName),
            LibTorch: FolderHolding(folders, LibTorchFileName));
    }

    /// <summary>
    /// Repairs TorchSharp's native library in <paramref name="libTorchSharpDir"/> where this system's C++ runtime is
    /// too old (<see cref="LibTorchSharpRepair.EnsureLoadable"/>), then, if <paramref name="libTorchDir"/> is given,
    /// loads that libtorch and the native library by absolute path (<see cref="LibTorchPreload.Load"/>).
    /// </summary>
    /// <returns>What the repair found or did, and the files loaded, in order (none without <paramref name="libTorchDir"/>).</returns>
    public static NativesPrepared Prepare(string libTorchSharpDir, string? libTorchDir)
    {
        var repair = LibTorchSharpRepair.EnsureLoadable(Path.Combine(libTorchSharpDir, LibTorchSharpRepair.LibraryFileName));
        IReadOnlyList<string> loaded = libTorchDir is null ? [] : LibTorchPreload.Load(libTorchDir, libTorchSharpDir);
        return new(repair, loaded);
    }

    private static string NativeFolderIn(string root) => Path.Combine(root, "runtimes", "linux-x64", "native");

    private static string? FolderHolding(IEnumerable<string> folders, string fileName) =>
        folders.FirstOrDefault(folder => File.Exists(Path.Combine(folder, fileName)));

    /// <summary>In the NuGet cache TorchSharp.dll sits at <c>torchsharp/VERSION/lib/TFM/</c>; libtorch is a sibling package.</summary>
    private static IEnumerable<string> LibTorchPackageFolders(string torchSharpDir)
    {
        // An iterator, so the cache is only listed when no folder near the dll holds libtorch.
        var package = Path.GetFullPath(Path.Combine(torchSharpDir, "..", "..", "..", "..", "libtorch-cpu-linux-x64"));
        if (!Directory.Exists(package)) yield break;
        foreach (var version in Directory.EnumerateDirectories(package).OrderByDescending(VersionOf))
            yield return NativeFolderIn(version);
    }

    private static Version VersionOf(string versionFolder) =>
        Version.TryParse(Path.GetFileName(versionFolder), out var version) ? version : new Version();
}

/// <summary>Where TorchSharp's native library and libtorch were found; null where one was not.</summary>
/// <param name="LibTorchSharp">The folder holding <c>libLibTorchSharp.so</c>.</param>
/// <param name="LibTorch">The folder holding <c>libtorch_cpu.so</c> and the rest of libtorch.</param>
internal sealed record NativeFolders(string? LibTorchSharp, string? LibTorch);

/// <summary>What <see cref="TorchSharpNatives.Prepare"/> did.</summary>
/// <param name="Repair">What the native-library repair found or did.</param>
/// <param name="Loaded">The native files loaded by absolute path, in order.</param>
internal sealed record NativesPrepared(RepairOutcome Repair, IReadOnlyList<string> Loaded);
