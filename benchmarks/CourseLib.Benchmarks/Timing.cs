using System.Diagnostics;

namespace CourseLib.Benchmarks;

/// <summary>
/// Median of repeated timings after a warm-up, so one slow run (a GC, another process) does not decide.
/// Each run is measured twice: wall-clock time, and the CPU time this process spent, which is the fairer
/// figure on a shared machine where other processes take turns on the cores.
/// </summary>
internal static class Timing
{
    public sealed record Result(double Median, double Min, double Max, double CpuMedian, int Runs);

    /// <summary>Times <paramref name="run"/> <paramref name="repeats"/> times after <paramref name="warmUps"/> untimed runs; each time is divided by <paramref name="perRun"/>.</summary>
    public static Result Measure(Action run, int warmUps, int repeats, double perRun = 1)
    {
        for (int i = 0; i < warmUps; i++) run();
        var wall = new double[repeats];
        var cpu = new double[repeats];
        using var process = Process.GetCurrentProcess();
        for (int i = 0; i < repeats; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            run();
            wall[i] = watch.Elapsed.TotalMicroseconds / perRun;
            process.Refresh();
            cpu[i] = (process.TotalProcessorTime - cpuBefore).TotalMicroseconds / perRun;
        }
        Array.Sort(wall);
        Array.Sort(cpu);
        return new Result(wall[repeats / 2], wall[0], wall[^1], cpu[repeats / 2], repeats);
    }
}
