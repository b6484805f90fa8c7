using CourseLib.Plots;
using Plotly.NET;

namespace CourseLib.Benchmarks;

/// <summary>
/// The time to build a confusion-matrix heatmap and its Plotly JSON (what a notebook sends to the page) for many
/// classes: with one layout annotation per cell, 30 classes took about 6 s and 100 classes minutes (issue 15).
/// </summary>
internal static class ConfusionMatrixChart
{
    public static readonly int[] ClassCounts = [10, 30, 100];

    /// <summary>A plausible matrix: most samples on the diagonal, a few confused with the next class.</summary>
    public static long[,] Counts(int classes)
    {
        var counts = new long[classes, classes];
        for (int i = 0; i < classes; i++)
        {
            counts[i, i] = 90 + i % 7;
            counts[i, (i + 1) % classes] += 5 + i % 3;
        }
        return counts;
    }

    public static string Measure(int classes)
    {
        var counts = Counts(classes);
        var ms = Timing.Measure(() => GenericChart.toFigureJson(ConfusionMatrixHeatmap.Plot(counts)), warmUps: 3, repeats: 11, perRun: 1000);
        return $"median {ms.Median:F1} ms (min {ms.Min:F1}, max {ms.Max:F1}; {ms.Runs} runs)";
    }
}
