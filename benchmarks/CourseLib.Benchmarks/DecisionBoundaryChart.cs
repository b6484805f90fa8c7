using static TorchSharp.torch;

namespace CourseLib.Benchmarks;

/// <summary>The time to build one decision-boundary chart (the course's <c>plot_decision_boundary</c>).</summary>
internal static class DecisionBoundaryChart
{
    /// <summary>Builds one chart of <paramref name="model"/> over <paramref name="x"/>, <paramref name="y"/>: the 101×101 grid predicted, the figure made.</summary>
    public static Func<object> Builder(nn.Module<Tensor, Tensor> model, Tensor x, Tensor y) =>
        () => CourseLib.Plots.DecisionBoundary.Plot(model, x, y);

    /// <summary>The same, plus the Plotly JSON a notebook sends to the page when it displays the chart.</summary>
    public static Func<object> BuilderWithJson(nn.Module<Tensor, Tensor> model, Tensor x, Tensor y) =>
        () => Plotly.NET.GenericChart.toFigureJson(CourseLib.Plots.DecisionBoundary.Plot(model, x, y));

    public static string Measure(Func<object> build)
    {
        var ms = Timing.Measure(() => build(), warmUps: 3, repeats: 11, perRun: 1000);
        return $"median {ms.Median:F1} ms (min {ms.Min:F1}, max {ms.Max:F1}; {ms.Runs} runs)   target <= 50 ms: {(ms.Median <= 50 ? "PASS" : "FAIL")}";
    }
}
