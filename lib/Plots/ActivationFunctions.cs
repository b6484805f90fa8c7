using Plotly.NET;
using static TorchSharp.torch;
using Chart = Plotly.NET.CSharp.Chart;

namespace CourseLib.Plots;

/// <summary>
/// The activation functions the course compares — linear, ReLU, sigmoid and tanh — each computed with
/// TorchSharp over a range of inputs and drawn in its own panel of a 2 × 2 grid. Introduced in notebook 05_non_linearity.
/// </summary>
public static class ActivationFunctions
{
    /// <summary>The panels' titles, in order.</summary>
    internal static IReadOnlyList<string> Names { get; } = ["Linear", "ReLU", "Sigmoid", "Tanh"];

    /// <summary>The most inputs <see cref="Plot"/> draws.</summary>
    internal const int MaxPoints = 1_000_000;

    /// <summary>Plots the four activations over <paramref name="points"/> evenly spaced inputs from <paramref name="from"/> to <paramref name="to"/>. Introduced in notebook 05_non_linearity.</summary>
    /// <param name="from">Smallest input (the course uses -10).</param>
    /// <param name="to">Largest input (the course uses 10).</param>
    /// <param name="points">How many inputs, at least 2.</param>
    public static GenericChart Plot(double from = -10, double to = 10, int points = 201)
    {
        if (points < 2)
            throw new ArgumentException($"At least 2 points are needed to draw a curve; got {points}.", nameof(points));
        if (points > MaxPoints)
            throw new ArgumentOutOfRangeException(nameof(points), points, $"At most {MaxPoints:N0} points are drawn (a screen shows far fewer); got {points:N0}.");
        Guards.Finite(from);
        Guards.Finite(to);
        if (!(from < to))
            throw new ArgumentException($"The range must run upwards; got from {from} to {to}.", nameof(from));

        using var scope = NewDisposeScope();
        var x = linspace(from, to, points, dtype: ScalarType.Float64);
        var outputs = new[] { x, nn.functional.relu(x), sigmoid(x), tanh(x) };
        var xs = x.data<double>().ToArray();

        var panels = outputs.Select((y, k) =>
            Traces.Line(xs, y.data<double>().ToArray(), Names[k], colorIndex: k, showLegend: false).WithAxisTitles("x", $"{Names[k]}(x)"));
        return Chart.Grid(panels, 2, 2, SubPlotTitles: Names.ToArray(), YGap: 0.3)
            .WithCourseStyle();
    }
}
