using static TorchSharp.torch;

namespace CourseLib.Benchmarks;

/// <summary>The time to build one decision-boundary chart (the course's <c>plot_decision_boundary</c>).</summary>
internal static class DecisionBoundaryChart
{
    /// <summary>
    /// What builds one chart of <paramref name="model"/> over <paramref name="x"/>, <paramref name="y"/>, or null while
    /// the charts are not in CourseLib. Wire it up as e.g.
    /// <c>return () => CourseLib.Plots.DecisionBoundary(model, x, y);</c>
    /// </summary>
    public static Func<object>? Builder(nn.Module<Tensor, Tensor> model, Tensor x, Tensor y) => null;

    public static string Measure(nn.Module<Tensor, Tensor> model, Tensor x, Tensor y)
    {
        var build = Builder(model, x, y);
        if (build is null) return "n/a (charts not merged)";
        var ms = Timing.Measure(() => build(), warmUps: 3, repeats: 11, perRun: 1000);
        return $"median {ms.Median:F1} ms (min {ms.Min:F1}, max {ms.Max:F1}; {ms.Runs} runs)   target <= 50 ms: {(ms.Median <= 50 ? "PASS" : "FAIL")}";
    }
}
