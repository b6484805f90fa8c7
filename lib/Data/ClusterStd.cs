namespace CourseLib.Data;

/// <summary>
/// The <c>cluster_std</c> argument of <see cref="Datasets.MakeBlobs(int, int, BlobCenters?, ClusterStd?, ValueTuple{double, double}?, bool, RandomState?)"/>:
/// one standard deviation for every cluster, or one per cluster. A <see cref="double"/> or a <c>double[]</c> converts to it implicitly.
/// </summary>
public readonly record struct ClusterStd
{
    private ClusterStd(double value, double[]? perCluster)
    {
        Value = value;
        PerCluster = perCluster;
    }

    /// <summary>The common standard deviation (used when <see cref="PerCluster"/> is <c>null</c>).</summary>
    public double Value { get; }

    /// <summary>One standard deviation per cluster, or <c>null</c> for the common <see cref="Value"/>.</summary>
    public double[]? PerCluster { get; }

    /// <summary>The same standard deviation for every cluster.</summary>
    public static implicit operator ClusterStd(double value) => new(value, null);

    /// <summary>One standard deviation per cluster.</summary>
    public static implicit operator ClusterStd(double[] perCluster) =>
        new(double.NaN, perCluster ?? throw new ArgumentNullException(nameof(perCluster)));

    /// <summary>The deviation of each of <paramref name="clusters"/> clusters.</summary>
    internal double[] For(int clusters) => PerCluster ?? Enumerable.Repeat(Value, clusters).ToArray();
}
