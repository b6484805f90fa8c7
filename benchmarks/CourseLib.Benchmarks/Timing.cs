using System.Diagnostics;

namespace CourseLib.Benchmarks;

/// <summary>Median of repeated timings after a warm-up, so one slow run (a GC, another process) does not decide.</summary>
internal static class Timing
{
    public sealed record Result(double Median, double Min, double Max, int Runs);

    /// <summary>Times <paramref name="run"/> <paramref name="repeats"/> times after <paramref name="warmUps"/> untimed runs; each time is divided by <paramref name="perRun"/>.</summary>
    public static Result Measure(Action run, int warmUps, int repeats, double perRun = 1)
    {
        for (int i = 0; i < warmUps; i++) run();
        var times = new double[repeats];
        for (int i = 0; i < repeats; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            run();
            times[i] = watch.Elapsed.TotalMicroseconds / perRun;
        }
        Array.Sort(times);
        return new Result(times[repeats / 2], times[0], times[^1], repeats);
    }
}
