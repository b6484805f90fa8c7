using TorchSharp;

namespace CourseLib.Setup;

/// <summary>
/// Gets TorchSharp ready before its first use: repairs its native library where the system C++ runtime is
/// too old, loads the libtorch that came with the TorchSharp package (never a system libtorch that happens
/// to be on the loader path), sets the thread count that suits the course's tiny models and PyTorch's way of
/// printing tensors, and warns when the kernel cannot show Plotly.NET charts (<see cref="PlotlyCompatibility"/>).
/// Call <see cref="Initialize"/> before touching any <c>torch</c> member; calling it again does nothing.
/// Introduced in the second setup cell of every notebook.
/// </summary>
public static class TorchSetup
{
    /// <summary>Environment variable that overrides the number of CPU threads torch uses (default 1).</summary>
    public const string ThreadsVariable = "COURSE_TORCH_THREADS";

    private static readonly Lock Gate = new();
    private static IReadOnlyList<string>? _report;
    private static IReadOnlyList<string>? _messages;

    /// <summary>Everything <see cref="Initialize"/> found and did, one line each, machine paths included (for the doctor and bug reports).</summary>
    public static IReadOnlyList<string> Report => _report ?? [];

    /// <summary>
    /// Gets TorchSharp ready (see the type's summary) and returns the lines a learner should see: that TorchSharp is
    /// ready, plus a line for anything that was repaired or is wrong. Everything else goes to <see cref="Report"/>.
    /// </summary>
    public static IReadOnlyList<string> Initialize()
    {
        lock (Gate)
        {
            if (_messages is not null) return _messages;
            var report = new List<string>();
            var messages = new List<string>();
            if (OperatingSystem.IsLinux())
                PrepareLinuxNatives(report, messages);

            int threads = ThreadCount();
            torch.set_num_threads(threads);
            // Print tensors as the Python course shows them: NumPy-style nesting, 4 decimals.
            torch.set_printoptions(precision: 4, maxRows: 20, maxColumns: 20);
            torch.set_printoptions(style: TensorStringStyle.Numpy);
            if (PlotlyCompatibility.Problem() is { } problem)
                messages.Add(problem);
            messages.Add($"TorchSharp {typeof(torch).Assembly.GetName().Version} ready: {torch.get_num_threads()} CPU thread(s), CUDA available: {torch.cuda.is_available()}.");
            report.AddRange(messages);
            _report = report;
            return _messages = messages;
        }
    }

    private static void PrepareLinuxNatives(List<string> report, List<string> messages)
    {
        var torchSharpDir = Path.GetDirectoryName(typeof(torch).Assembly.Location)
            ?? throw new InvalidOperationException("Cannot tell where TorchSharp.dll was loaded from.");
        var nativeDir = FindNativeDir(torchSharpDir, LibTorchSharpRepair.LibraryFileName)
            ?? throw new InvalidOperationException($"{LibTorchSharpRepair.LibraryFileName} was not found next to {torchSharpDir}; is the TorchSharp-cpu package restored?");
        var libTorchDir = FindNativeDir(torchSharpDir, "libtorch_cpu.so") ?? FindLibTorchPackageDir(torchSharpDir)
            ?? throw new InvalidOperationException($"libtorch_cpu.so was not found for {torchSharpDir}; is the TorchSharp-cpu package (not only TorchSharp) referenced?");

        var library = Path.Combine(nativeDir, LibTorchSharpRepair.LibraryFileName);
        // Asked before the repair so that only a real repair reaches the learner (it names a path; "nothing to repair" is noise).
        bool needsRepair = LibTorchSharpRepair.FindLoadedCxxRuntime() is { } runtime && LibTorchSharpRepair.MissingCxxVersions(library, runtime).Count > 0;
        var repair = LibTorchSharpRepair.EnsureLoadable(library);
        report.Add(repair);
        if (needsRepair) messages.Add(repair);

        LibTorchPreload.Load(libTorchDir, nativeDir);
        report.Add($"libtorch loaded from {libTorchDir}.");
    }

    /// <summary>An app's output folder (natives beside the dll or under runtimes/) or a NuGet package folder.</summary>
    private static string? FindNativeDir(string torchSharpDir, string fileName)
    {
        string[] candidates =
        [
            torchSharpDir,
            Path.Combine(torchSharpDir, "runtimes", "linux-x64", "native"),
            Path.GetFullPath(Path.Combine(torchSharpDir, "..", "..", "runtimes", "linux-x64", "native")),
        ];
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, fileName)));
    }

    /// <summary>In the NuGet cache, TorchSharp.dll sits at torchsharp/VERSION/lib/TFM/; libtorch is a sibling package.</summary>
    private static string? FindLibTorchPackageDir(string torchSharpDir)
    {
        var packagesRoot = Path.GetFullPath(Path.Combine(torchSharpDir, "..", "..", "..", ".."));
        var package = Path.Combine(packagesRoot, "libtorch-cpu-linux-x64");
        if (!Directory.Exists(package)) return null;
        return Directory.EnumerateDirectories(package)
            .Select(v => Path.Combine(v, "runtimes", "linux-x64", "native"))
            .Where(d => File.Exists(Path.Combine(d, "libtorch_cpu.so")))
            .OrderByDescending(d => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(d)))), out var v) ? v : new Version())
            .FirstOrDefault();
    }

    private static int ThreadCount()
    {
        var value = Environment.GetEnvironmentVariable(ThreadsVariable);
        if (string.IsNullOrWhiteSpace(value)) return 1; // the course's models are tiny: one thread is fastest
        if (int.TryParse(value, out int n) && n >= 1) return n;
        throw new ArgumentException($"{ThreadsVariable}='{value}' is not a thread count; use a whole number of 1 or more.");
    }
}
