using TorchSharp;

namespace CourseLib.Setup;

/// <summary>
/// Gets TorchSharp ready before its first use: repairs its native library where the system C++ runtime is
/// too old, loads the libtorch that came with the TorchSharp package (never a system libtorch that happens
/// to be on the loader path), sets the thread count that suits the course's tiny models and PyTorch's way of
/// printing tensors, and warns when the kernel cannot show Plotly.NET charts (FSharp.Core older than Plotly.NET's
/// and <see cref="FSharpCoreRedirect"/> not installed). Call <see cref="Initialize"/> before touching any <c>torch</c>
/// member; calling it again does nothing.
/// Introduced in the second setup cell of <c>01_data.ipynb</c>, the same cell every notebook starts with.
/// </summary>
public static class TorchSetup
{
    /// <summary>Environment variable that overrides the number of CPU threads torch uses (default 1).</summary>
    internal const string ThreadsVariable = "COURSE_TORCH_THREADS";

    private static readonly Lock Gate = new();
    private static IReadOnlyList<string>? _report;
    private static IReadOnlyList<string>? _messages;

    /// <summary>
    /// Everything <see cref="Initialize"/> found and did, one line each, machine paths included (for the doctor and bug
    /// reports); empty before it ran. No notebook shows it: <c>dotnet run --project tools/Doctor</c> does.
    /// </summary>
    public static IReadOnlyList<string> Report => _report ?? [];

    /// <summary>
    /// Gets TorchSharp ready (see the type's summary) and returns the lines a learner should see: that TorchSharp is
    /// ready, plus a line for anything that was repaired or is wrong. Everything else goes to <see cref="Report"/>.
    /// Introduced in the second setup cell of <c>01_data.ipynb</c> (every notebook's second cell), as
    /// <c>foreach (var line in CourseLib.Setup.TorchSetup.Initialize()) Console.WriteLine(line);</c>.
    /// </summary>
    /// <returns>The same list on every call: the lines of the first.</returns>
    /// <exception cref="InvalidOperationException">On Linux, TorchSharp's native library or libtorch is not where the
    /// TorchSharp-cpu package puts them, or the native library cannot be repaired.</exception>
    /// <exception cref="ArgumentException"><c>COURSE_TORCH_THREADS</c> is set to something other than a whole number of 1 or more.</exception>
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
        var folders = TorchSharpNatives.BesideAssembly(torchSharpDir);
        var nativeDir = folders.LibTorchSharp
            ?? throw new InvalidOperationException($"{LibTorchSharpRepair.LibraryFileName} was not found next to {torchSharpDir}; is the TorchSharp-cpu package restored?");
        var libTorchDir = folders.LibTorch
            ?? throw new InvalidOperationException($"{TorchSharpNatives.LibTorchFileName} was not found for {torchSharpDir}; is the TorchSharp-cpu package (not only TorchSharp) referenced?");

        var prepared = TorchSharpNatives.Prepare(nativeDir, libTorchDir);
        report.Add(prepared.Repair.Message);
        // Only a real repair reaches the learner (it names a path; "nothing to repair" is noise).
        if (prepared.Repair.Repaired) messages.Add(prepared.Repair.Message);
        report.Add($"libtorch loaded from {libTorchDir}.");
    }

    private static int ThreadCount()
    {
        var value = Environment.GetEnvironmentVariable(ThreadsVariable);
        if (string.IsNullOrWhiteSpace(value)) return 1; // the course's models are tiny: one thread is fastest
        if (int.TryParse(value, out int n) && n >= 1) return n;
        throw new ArgumentException($"{ThreadsVariable}='{value}' is not a thread count; use a whole number of 1 or more.");
    }
}
