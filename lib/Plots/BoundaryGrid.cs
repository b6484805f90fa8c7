namespace CourseLib.Plots;

/// <summary>
/// A model's predicted class at every point of a regular grid: <see cref="Classes"/>[i][j] is the class at
/// (<see cref="Xs"/>[j], <see cref="Ys"/>[i]), the layout of a Plotly heatmap's z.
/// </summary>
/// <param name="Xs">Grid coordinates along the first feature, ascending.</param>
/// <param name="Ys">Grid coordinates along the second feature, ascending.</param>
/// <param name="Classes">Predicted class per grid point, one row per <paramref name="Ys"/> value.</param>
/// <param name="OutputWidth">Width of the model's output: 1 means sigmoid was used, more means softmax.</param>
public sealed record BoundaryGrid(double[] Xs, double[] Ys, int[][] Classes, int OutputWidth)
{
    /// <summary>Grid coordinates along the first feature, ascending.</summary>
    public double[] Xs { get; init; } = Xs ?? throw new ArgumentNullException(nameof(Xs));

    /// <summary>Grid coordinates along the second feature, ascending.</summary>
    public double[] Ys { get; init; } = Ys ?? throw new ArgumentNullException(nameof(Ys));

    /// <summary>Predicted class per grid point, one row per <see cref="Ys"/> value.</summary>
    public int[][] Classes { get; init; } = Classes ?? throw new ArgumentNullException(nameof(Classes));

    /// <summary>How many classes the model can predict: 2 for one output (sigmoid), else the output width (softmax).</summary>
    public int ModelClassCount => OutputWidth == 1 ? 2 : OutputWidth;
}
