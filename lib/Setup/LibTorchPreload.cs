using System.Runtime.InteropServices;

namespace CourseLib.Setup;

/// <summary>
/// Loads libtorch's libraries by absolute path, in dependency order, before TorchSharp asks for them.
/// The dynamic loader then binds every later request for <c>libtorch_cpu.so</c> and friends to these by
/// soname, so a system libtorch found through LD_LIBRARY_PATH or the loader cache (say Debian's
/// python3-torch, another version with other symbols) never gets in. No TorchSharp dependency, so the
/// notebook runner can use it as soon as a notebook's <c>#r "nuget: TorchSharp-cpu"</c> is restored. Internal: no
/// notebook calls it; <see cref="TorchSharpNatives.Prepare"/> does.
/// </summary>
internal static class LibTorchPreload
{
    /// <summary>libtorch's own libraries, each before the ones that need it.</summary>
    public static readonly IReadOnlyList<string> LibTorchLoadOrder = ["libgomp-*.so.1", "libc10.so", "libtorch_cpu.so", "libtorch.so"];

    /// <summary>Loads libtorch from <paramref name="libTorchDir"/>, then TorchSharp's native library from <paramref name="libTorchSharpDir"/>.</summary>
    /// <returns>The files loaded, in order.</returns>
    public static IReadOnlyList<string> Load(string libTorchDir, string libTorchSharpDir)
    {
        var files = LibTorchLoadOrder
            .SelectMany(pattern => Directory.EnumerateFiles(libTorchDir, pattern).Order(StringComparer.Ordinal))
            .Append(Path.Combine(libTorchSharpDir, LibTorchSharpRepair.LibraryFileName))
            .ToList();
        foreach (var file in files)
            NativeLibrary.Load(file);
        return files;
    }
}
