using System.Diagnostics;
using System.Runtime.InteropServices;
using TorchSharp;

namespace CourseLib.Benchmarks;

/// <summary>The process's memory at one moment, after both of its allocators handed back what they only keep cached.</summary>
internal sealed record MemorySample(long WorkingSet, long PrivateBytes, long GcHeap, long NativeHeapInUse, long LiveTensors)
{
    /// <remarks>
    /// The .NET GC keeps freed memory committed, and glibc's malloc keeps freed blocks, in amounts they tune
    /// from recent allocation rates: between two samples that alone moved private bytes by several percent,
    /// up or down, depending on what ran before. So both give back what they can before the sample (an
    /// aggressive, compacting collection; <c>malloc_trim</c>), and what is left is memory the process holds.
    /// </remarks>
    public static MemorySample Take()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        long nativeInUse = -1;
        if (OperatingSystem.IsLinux())
        {
            Glibc.malloc_trim(0);
            nativeInUse = (long)Glibc.mallinfo2().uordblks;
        }
        using var process = Process.GetCurrentProcess();
        return new MemorySample(process.WorkingSet64, process.PrivateMemorySize64, GC.GetTotalMemory(forceFullCollection: false),
            nativeInUse, DisposeScopeManager.Statistics.ThreadTotalLiveCount);
    }

    public override string ToString() =>
        $"working set {Mb(WorkingSet)}, private bytes {Mb(PrivateBytes)}, GC heap {Mb(GcHeap)}, " +
        $"native heap in use {(NativeHeapInUse < 0 ? "n/a" : Mb(NativeHeapInUse))}, live tensors {LiveTensors}";

    public static double Growth(long from, long to) => 100.0 * (to - from) / from;

    private static string Mb(long bytes) => $"{bytes / (1024.0 * 1024.0):F1} MB";

    /// <summary>glibc's own allocator statistics and trimming (Linux).</summary>
    private static class Glibc
    {
        [StructLayout(LayoutKind.Sequential)]
        public struct MallInfo2
        {
            public nuint arena, ordblks, smblks, hblks, hblkhd, usmblks, fsmblks, uordblks, fordblks, keepcost;
        }

        [DllImport("libc", EntryPoint = "malloc_trim")]
        public static extern int malloc_trim(nuint pad);

        [DllImport("libc", EntryPoint = "mallinfo2")]
        public static extern MallInfo2 mallinfo2();
    }
}
