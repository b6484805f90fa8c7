using CourseLib.Setup;
using TorchSharp;

namespace Doctor;

/// <summary>
/// TorchSharp's native library loads and computes: the C++ runtime is new enough (or the library repaired),
/// and no system libtorch gets in the way. Also checks the package-cache copy that notebooks load.
/// </summary>
public sealed class TorchSharpNativeCheck(string packageFolder) : ICheck
{
    public string Name => "TorchSharp native library";

    // The package folder is named by the version the doctor itself was built with (Directory.Packages.props), so a
    // TorchSharp bump needs no edit here.
    private static string PackageVersion => typeof(torch).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "unknown";

    private string CachedLibrary => Path.Combine(packageFolder, "torchsharp", PackageVersion, "runtimes", "linux-x64", "native", LibTorchSharpRepair.LibraryFileName);

    public CheckResult Run()
    {
        if (!OperatingSystem.IsLinux())
            return new CheckResult(Name, true, "not Linux: TorchSharp's natives need no repair here");

        var notes = new List<string>();
        if (File.Exists(CachedLibrary) && MissingVersions(CachedLibrary) is { Count: > 0 } missing)
            return new CheckResult(Name, false,
                $"{CachedLibrary} needs {string.Join(", ", missing)}, which the system libstdc++ lacks (the notebooks' setup cell repairs it on first use)",
                "dotnet run --project tools/Doctor -- --fix");

        try
        {
            TorchSetup.Initialize();
            using var sum = torch.ones(3).sum();
            if (sum.item<float>() != 3f)
                return new CheckResult(Name, false, $"torch.ones(3).sum() gave {sum.item<float>()}, not 3", "reinstall the TorchSharp-cpu package: delete it from the package folder and restore");
        }
        catch (Exception e)
        {
            return new CheckResult(Name, false, $"TorchSharp failed to load: {e.GetBaseException().Message}",
                "see README, Troubleshooting: the native library");
        }

        if (SystemLibTorch() is { } foreign)
            notes.Add($"a system libtorch is visible at {foreign}, but the course loads its own by absolute path");
        notes.Insert(0, "loads and computes (libtorch 2.10, CPU)");
        return new CheckResult(Name, true, string.Join("; ", notes));
    }

    /// <summary>Repairs the package-cache copy that notebooks load (the setup cell does the same on first use).</summary>
    public string Fix() => File.Exists(CachedLibrary) ? LibTorchSharpRepair.EnsureLoadable(CachedLibrary).Message : $"{CachedLibrary} is not restored yet; nothing to repair";

    private static IReadOnlyList<string> MissingVersions(string library) =>
        LibTorchSharpRepair.FindLoadedCxxRuntime() is { } runtime
            ? LibTorchSharpRepair.MissingCxxVersions(library, runtime).Select(n => n.Version).ToList()
            : [];

    /// <summary>A libtorch_cpu.so the loader could find on its own: LD_LIBRARY_PATH or the system folders.</summary>
    private static string? SystemLibTorch()
    {
        var folders = (Environment.GetEnvironmentVariable("LD_LIBRARY_PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/lib/x86_64-linux-gnu", "/usr/lib", "/usr/local/lib", "/lib/x86_64-linux-gnu"]);
        return folders.Select(f => Path.Combine(f, "libtorch_cpu.so")).FirstOrDefault(File.Exists);
    }
}
