namespace CourseLib.Data;

/// <summary>
/// The <c>centers</c> argument of <see cref="Datasets.MakeBlobs(int, int, BlobCenters?, ClusterStd?, ValueTuple{double, double}?, bool, RandomState?)"/>:
/// either a number of centers drawn at random inside the center box, or explicit coordinates (one row per center).
/// An <see cref="int"/> or a <c>double[,]</c> converts to it implicitly, as scikit-learn accepts either.
/// </summary>
public readonly record struct BlobCenters
{
    private BlobCenters(int count, double[,]? coordinates)
    {
        Count = count;
        Coordinates = coordinates;
    }

    /// <summary>Number of centers.</summary>
    public int Count { get; }

    /// <summary>Explicit center coordinates, shape (centers, features); <c>null</c> when they are to be drawn.</summary>
    public double[,]? Coordinates { get; }

    /// <summary>A number of centers to draw uniformly inside the center box.</summary>
    public static implicit operator BlobCenters(int count) => new(count, null);

    /// <summary>Explicit centers, one row each; their column count sets the number of features.</summary>
    public static implicit operator BlobCenters(double[,] coordinates) =>
        new((coordinates ?? throw new ArgumentNullException(nameof(coordinates))).GetLength(0), coordinates);
}
