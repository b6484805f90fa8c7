namespace CourseLib.Data;

public static partial class Datasets
{
    /// <summary>
    /// Isotropic Gaussian blobs for clustering and multi-class classification, as <c>make_blobs</c>: centers drawn
    /// uniformly in <paramref name="centerBox"/> (unless given), each cluster's points drawn around its center
    /// cluster after cluster, then shuffled. Labels are cluster numbers; they become int64 tensors. Introduced in notebook 06_multiclass.
    /// </summary>
    /// <param name="nSamples">Total number of points, divided evenly among the clusters (the first ones get one more when it does not divide).</param>
    /// <param name="nFeatures">Number of features; ignored when <paramref name="centers"/> gives coordinates.</param>
    /// <param name="centers">Number of centers (default 3) or their coordinates, one row each.</param>
    /// <param name="clusterStd">Standard deviation of the clusters, common or one per cluster (default 1.0).</param>
    /// <param name="centerBox">Bounds (low, high) of each coordinate of random centers (default (-10, 10)).</param>
    /// <param name="shuffle">Whether to shuffle the samples.</param>
    /// <param name="randomState">Seed (an int, as the course's <c>random_state=42</c>), one <see cref="RandomState"/> made from a seed and passed to several calls to share its draws, or <c>null</c> for the global generator.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count or deviation is outside its allowed range (named in the message).</exception>
    /// <exception cref="ArgumentException">The per-cluster deviations do not match the number of centers.</exception>
    public static LabelledData MakeBlobs(int nSamples = 100, int nFeatures = 2, BlobCenters? centers = null,
        ClusterStd? clusterStd = null, (double Low, double High)? centerBox = null, bool shuffle = true,
        RandomState? randomState = null)
    {
        Checks.AtLeast(nSamples, 1, nameof(nSamples), nameof(MakeBlobs));
        Checks.FiniteBox(centerBox, nameof(centerBox), nameof(MakeBlobs));
        var generator = randomState ?? RandomState.Global;
        BlobCenters chosen = centers ?? 3;
        double[,] coordinates = chosen.Coordinates
            ?? RandomCenters(chosen.Count, nFeatures, centerBox, generator, nameof(centers));
        Checks.AtLeast(coordinates.GetLength(0), 1, nameof(centers), nameof(MakeBlobs));

        // n // centers each, and the remainder one by one to the first clusters.
        int k = coordinates.GetLength(0);
        int[] perCenter = Enumerable.Range(0, k).Select(i => nSamples / k + (i < nSamples % k ? 1 : 0)).ToArray();
        return Blobs(perCenter, coordinates, clusterStd, shuffle, generator);
    }

    /// <summary>
    /// <see cref="MakeBlobs(int, int, BlobCenters?, ClusterStd?, ValueTuple{double, double}?, bool, RandomState?)"/>
    /// with the number of points of each cluster given (<c>n_samples</c> as an array): one cluster per entry.
    /// </summary>
    /// <param name="nSamples">Points per cluster.</param>
    /// <param name="nFeatures">Number of features; ignored when <paramref name="centers"/> is given.</param>
    /// <param name="centers">Center coordinates, one row per entry of <paramref name="nSamples"/>; <c>null</c> to draw them.</param>
    /// <param name="clusterStd">Standard deviation of the clusters, common or one per cluster (default 1.0).</param>
    /// <param name="centerBox">Bounds (low, high) of each coordinate of random centers (default (-10, 10)).</param>
    /// <param name="shuffle">Whether to shuffle the samples.</param>
    /// <param name="randomState">Seed (an int, as the course's <c>random_state=42</c>), one <see cref="RandomState"/> made from a seed and passed to several calls to share its draws, or <c>null</c> for the global generator.</param>
    /// <exception cref="ArgumentException">The centers or deviations do not match the number of clusters.</exception>
    internal static LabelledData MakeBlobs(int[] nSamples, int nFeatures = 2, double[,]? centers = null,
        ClusterStd? clusterStd = null, (double Low, double High)? centerBox = null, bool shuffle = true,
        RandomState? randomState = null)
    {
        ArgumentNullException.ThrowIfNull(nSamples);
        Checks.AtLeast(nSamples.Length, 1, "nSamples.Length", nameof(MakeBlobs));
        foreach (int count in nSamples) Checks.AtLeast(count, 0, nameof(nSamples), nameof(MakeBlobs));
        // Summed as long: large counts would overflow the int total.
        Guards.FitsInArray(nameof(nSamples), $"{nameof(MakeBlobs)}'s labels", nSamples.Sum(c => (long)c));
        Checks.FiniteBox(centerBox, nameof(centerBox), nameof(MakeBlobs));
        var generator = randomState ?? RandomState.Global;
        double[,] coordinates = centers ?? RandomCenters(nSamples.Length, nFeatures, centerBox, generator, nameof(centers));
        if (coordinates.GetLength(0) != nSamples.Length)
            throw new ArgumentException(
                $"Length of 'nSamples' not consistent with number of centers. Got {nSamples.Length} counts and {coordinates.GetLength(0)} centers.",
                nameof(centers));
        return Blobs(nSamples, coordinates, clusterStd, shuffle, generator);
    }

    // generator.uniform(low, high, size=(centers, features)): drawn row by row.
    private static double[,] RandomCenters(int count, int nFeatures, (double Low, double High)? centerBox,
        RandomState generator, string centersName)
    {
        Checks.AtLeast(count, 1, centersName, nameof(MakeBlobs));
        Checks.AtLeast(nFeatures, 1, nameof(nFeatures), nameof(MakeBlobs));
        Guards.FitsInArray(nameof(nFeatures), $"{nameof(MakeBlobs)}'s centers (centers × nFeatures)", count, nFeatures);
        var (low, high) = centerBox ?? (-10.0, 10.0);
        var result = new double[count, nFeatures];
        for (int i = 0; i < count; i++)
            for (int j = 0; j < nFeatures; j++)
                result[i, j] = generator.Uniform(low, high);
        return result;
    }

    // Cluster after cluster, generator.normal(loc=center, scale=std, size=(n, features)) row by row, then shuffle.
    private static LabelledData Blobs(int[] perCenter, double[,] centers, ClusterStd? clusterStd, bool shuffle, RandomState generator)
    {
        int k = centers.GetLength(0), features = centers.GetLength(1);
        if (features < 1)
            throw new ArgumentException($"centers has {features} columns; each center needs at least one coordinate (one column per feature).", nameof(centers));
        Checks.FiniteValues(centers, nameof(centers), nameof(MakeBlobs));
        Guards.FitsInArray("nSamples", $"{nameof(MakeBlobs)}'s features (nSamples × features)", perCenter.Sum(c => (long)c), features);
        double[] std = (clusterStd ?? 1.0).For(k);
        if (std.Length != k)
            throw new ArgumentException(
                $"Length of 'clusterStd' not consistent with number of centers. Got {k} centers and {std.Length} deviations.",
                nameof(clusterStd));
        foreach (double s in std) Checks.NonNegative(s, nameof(clusterStd), nameof(MakeBlobs));

        int n = perCenter.Sum();
        var x = new double[n, features];
        var y = new long[n];
        int row = 0;
        for (int c = 0; c < k; c++)
            for (int i = 0; i < perCenter[c]; i++, row++)
            {
                for (int j = 0; j < features; j++)
                    x[row, j] = generator.Normal(centers[c, j], std[c]);
                y[row] = c;
            }
        if (shuffle) (x, y) = ShuffleRows(x, y, generator);
        Checks.FitsFloat32(x, std.Max(), nameof(clusterStd), nameof(MakeBlobs));
        return new LabelledData(x, y);
    }
}

/// <summary>
/// The <c>centers</c> argument of <see cref="Datasets.MakeBlobs(int, int, BlobCenters?, ClusterStd?, ValueTuple{double, double}?, bool, RandomState?)"/>:
/// either a number of centers drawn at random inside the center box, or explicit coordinates (one row per center).
/// An <see cref="int"/> or a <c>double[,]</c> converts to it implicitly, as scikit-learn accepts either. Introduced in notebook 06_multiclass.
/// </summary>
public readonly record struct BlobCenters
{
    private BlobCenters(int count, double[,]? coordinates)
    {
        Count = count;
        Coordinates = coordinates;
    }

    /// <summary>Number of centers.</summary>
    internal int Count { get; }

    /// <summary>Explicit center coordinates, shape (centers, features); <c>null</c> when they are to be drawn.</summary>
    internal double[,]? Coordinates { get; }

    /// <summary>A number of centers to draw uniformly inside the center box. Introduced in notebook 06_multiclass.</summary>
    public static implicit operator BlobCenters(int count) => new(count, null);

    /// <summary>Explicit centers, one row each; their column count sets the number of features. Introduced in notebook 06_multiclass.</summary>
    public static implicit operator BlobCenters(double[,] coordinates) =>
        new((coordinates ?? throw new ArgumentNullException(nameof(coordinates))).GetLength(0), coordinates);
}

/// <summary>
/// The <c>cluster_std</c> argument of <see cref="Datasets.MakeBlobs(int, int, BlobCenters?, ClusterStd?, ValueTuple{double, double}?, bool, RandomState?)"/>:
/// one standard deviation for every cluster, or one per cluster. A <see cref="double"/> or a <c>double[]</c> converts to it implicitly. Introduced in notebook 06_multiclass.
/// </summary>
public readonly record struct ClusterStd
{
    private ClusterStd(double value, double[]? perCluster)
    {
        Value = value;
        PerCluster = perCluster;
    }

    /// <summary>The common standard deviation (used when <see cref="PerCluster"/> is <c>null</c>).</summary>
    internal double Value { get; }

    /// <summary>One standard deviation per cluster, or <c>null</c> for the common <see cref="Value"/>.</summary>
    internal double[]? PerCluster { get; }

    /// <summary>The same standard deviation for every cluster. Introduced in notebook 06_multiclass.</summary>
    public static implicit operator ClusterStd(double value) => new(value, null);

    /// <summary>One standard deviation per cluster. Introduced in notebook 06_multiclass.</summary>
    public static implicit operator ClusterStd(double[] perCluster) =>
        new(double.NaN, perCluster ?? throw new ArgumentNullException(nameof(perCluster)));

    /// <summary>The deviation of each of <paramref name="clusters"/> clusters.</summary>
    internal double[] For(int clusters) => PerCluster ?? Enumerable.Repeat(Value, clusters).ToArray();
}
