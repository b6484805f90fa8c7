using System.Diagnostics;
using TorchSharp;

namespace CourseLib.Benchmarks;

/// <summary>The process's memory at one moment, after a full garbage collection.</summary>
internal sealed record MemorySample(long WorkingSet, long PrivateBytes, long GcHeap, long LiveTensors)
{
    public static MemorySample Take()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return new MemorySample(process.WorkingSet64, process.PrivateMemorySize64, GC.GetTotalMemory(forceFullCollection: false),
            DisposeScopeManager.Statistics.ThreadTotalLiveCount);
    }

    public override string ToString() =>
        $"working set {Mb(WorkingSet)}, private bytes {Mb(PrivateBytes)}, GC heap {Mb(GcHeap)}, live tensors {LiveTensors}";

    public static double Growth(long from, long to) => 100.0 * (to - from) / from;

    private static string Mb(long bytes) => $"{bytes / (1024.0 * 1024.0):F1} MB";
}
